using MvcControllers.Admin.Shared;

namespace MvcControllers.Site;

public sealed record HomePage(IReadOnlyList<PostSummary> Posts, Pagination Pagination);
