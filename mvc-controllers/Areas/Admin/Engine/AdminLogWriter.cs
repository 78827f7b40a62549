using Blog.Data.AdminLog;
using Blog.Data.Model;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>Django's <c>log_addition</c>, <c>log_change</c> and <c>log_deletion</c>: entries added to the context, saved with the change.</summary>
public static class AdminLogWriter
{
    public static void Log(this AdminRequest request, string model, int objectId, string repr, LogAction action, string message) =>
        request.Db.AdminLog.Add(new LogEntry
        {
            ActionTime = Blog.Domain.Rules.Timestamps.Now(request.Clock),
            UserId = request.User.Id,
            Model = model,
            ObjectId = objectId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ObjectRepr = repr.Length > LogEntryConfiguration.ObjectReprMax ? repr[..(LogEntryConfiguration.ObjectReprMax - 1)] + "…" : repr,
            Action = action,
            ChangeMessage = message,
        });

    /// <summary>"Changed Title and Tags. Deleted comment “Nice post”." — or "No fields changed.".</summary>
    public static string ChangeMessage(IReadOnlyList<string> changedLabels, string inlineName, IReadOnlyList<string> deleted)
    {
        var parts = new List<string>();
        if (changedLabels.Count > 0) parts.Add($"Changed {List(changedLabels)}.");
        parts.AddRange(deleted.Select(repr => $"Deleted {inlineName} “{repr}”."));
        return parts.Count == 0 ? "No fields changed." : string.Join(" ", parts);
    }

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
