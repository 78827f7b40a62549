namespace MvcControllers.Commands;

/// <summary>
/// A command's own options (`--username x`, `--noinput`) and the rest, which go to configuration as in the web host
/// (`--ConnectionStrings:Blog "Data Source=..."`).
/// </summary>
public sealed record CommandOptions(IReadOnlyDictionary<string, string?> Values, string[] ConfigurationArgs)
{
    private static readonly HashSet<string> Own = ["username", "email", "password", "noinput"];
    private static readonly HashSet<string> Flags = ["noinput"];

    public static CommandOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string?>();
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i].StartsWith("--", StringComparison.Ordinal) ? args[i][2..] : null;
            if (name is null || !Own.Contains(name))
            {
                rest.Add(args[i]);
                continue;
            }
            values[name] = Flags.Contains(name) ? "true" : i + 1 < args.Length ? args[++i] : null;
        }
        return new CommandOptions(values, rest.ToArray());
    }

    public string? this[string name] => Values.GetValueOrDefault(name);

    public bool Has(string name) => Values.ContainsKey(name);
}
