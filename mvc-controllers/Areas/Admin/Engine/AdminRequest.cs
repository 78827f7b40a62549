using Blog.Data;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>What a model admin's hooks get of the request (≈ Django's <c>request</c> argument): the database, who asks, the services.</summary>
public sealed record AdminRequest(BlogDbContext Db, AdminUser User, IServiceProvider Services, CancellationToken CancellationToken)
{
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();
}
