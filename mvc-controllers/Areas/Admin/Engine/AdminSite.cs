namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// The admin site (≈ <c>django.contrib.admin.AdminSite</c>): its title and its registry, one line per model —
/// <c>site.Register&lt;Post, PostAdmin&gt;()</c> is <c>admin.site.register(Post, PostAdmin)</c>.
/// </summary>
public sealed class AdminSite(string header)
{
    private readonly List<IModelAdmin> registry = [];

    public string Header => header;

    public IReadOnlyList<IModelAdmin> Registry => registry;

    public AdminSite Register<TModel, TAdmin>()
        where TModel : class, new()
        where TAdmin : ModelAdmin<TModel>, new()
    {
        var admin = new TAdmin();
        if (registry.Any(r => r.Slug == admin.Slug || r.ModelType == typeof(TModel)))
            throw new InvalidOperationException($"The model {typeof(TModel).Name} is already registered.");
        registry.Add(admin);
        return this;
    }

    public IModelAdmin? Find(string slug) => registry.FirstOrDefault(r => r.Slug == slug);
}
