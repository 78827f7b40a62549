namespace MvcControllers.Areas.Admin.Engine;

/// <summary>The site index: the models the user may see, with their counts, and the user's recent actions.</summary>
public sealed record IndexPage(IReadOnlyList<(ModelInfo Model, int Count)> Models, IReadOnlyList<LogLine> RecentActions);
