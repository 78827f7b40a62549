using Blog.Data;
using Cronos;
using Microsoft.Extensions.Configuration;

namespace Blog.Hosting.Jobs;

/// <summary>`Jobs:Server` (does this instance run jobs, or only enqueue them) and `Jobs:PurgeCron`, checked at start-up.</summary>
public sealed record JobSettings(bool Server, string PurgeCron)
{
    public const string DefaultPurgeCron = "0 * * * *";

    public static JobSettings From(IConfiguration configuration)
    {
        var server = configuration["Jobs:Server"];
        var cron = configuration["Jobs:PurgeCron"];
        return new JobSettings(
            string.IsNullOrEmpty(server) || (bool.TryParse(server, out var on)
                ? on
                : throw new InvalidSettingException($"Jobs:Server is '{server}'; it must be 'true' (the default) or 'false'.")),
            string.IsNullOrEmpty(cron) ? DefaultPurgeCron : ValidCron(cron));
    }

    private static string ValidCron(string cron)
    {
        try
        {
            CronExpression.Parse(cron);
            return cron;
        }
        catch (CronFormatException)
        {
            throw new InvalidSettingException($"Jobs:PurgeCron is '{cron}'; it must be a cron expression of five fields, like '0 * * * *' (hourly).");
        }
    }
}
