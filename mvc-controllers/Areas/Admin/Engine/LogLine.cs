using Blog.Data.AdminLog;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>An admin log entry as the history page and the index's "Recent actions" show it.</summary>
public sealed record LogLine(DateTime ActionTime, string Username, string Model, string ObjectId, string ObjectRepr, LogAction Action, string ChangeMessage);
