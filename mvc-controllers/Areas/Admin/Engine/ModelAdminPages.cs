using Blog.Data.AdminLog;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>A model admin's pages: its change list, form, actions and deletion, over its options.</summary>
public sealed class ModelAdminPages<T> : IModelAdminPages
    where T : class, new()
{
    private readonly ModelAdmin<T> admin;
    private readonly ChangeList<T> changeList;
    private readonly ChangeForm<T> changeForm;
    private readonly BulkActions<T> actions;

    public ModelAdminPages(ModelAdmin<T> admin)
    {
        this.admin = admin;
        changeList = new ChangeList<T>(admin);
        changeForm = new ChangeForm<T>(admin);
        actions = new BulkActions<T>(admin, changeList);
    }

    public IReadOnlySet<string> ChangeListParameters => changeList.Parameters;

    public IReadOnlyList<string> InlineDeleteFields => [.. admin.Inlines.Select(i => i.DeleteField)];

    public Task<int> CountAsync(AdminRequest request) => admin.GetQueryset(request).CountAsync(request.CancellationToken);

    public Task<ChangeListPage> ChangeListAsync(AdminRequest request, ChangeListParams current, Func<ChangeListParams, string> url) =>
        changeList.LoadAsync(request, current, url, actions.Views(request.User));

    public Task<ActionOutcome> ActionAsync(AdminRequest request, ActionRequest form) => actions.RunAsync(request, form);

    public Task<ChangeFormPage?> FormAsync(AdminRequest request, int? id) => changeForm.PageAsync(request, id);

    public Task<FormOutcome> SaveAsync(
        AdminRequest request, int? id, IReadOnlyDictionary<string, string?> values, IReadOnlyDictionary<string, IReadOnlyCollection<int>> ticked) =>
        changeForm.SaveAsync(request, id, values, ticked);

    public bool HasObjectPage(string name) => admin.ObjectPages.Any(p => p.Name == name);

    public Task<ChangeFormPage?> ObjectPageAsync(AdminRequest request, int id, string name) =>
        changeForm.ObjectPageAsync(request, id, admin.ObjectPages.Single(p => p.Name == name));

    public Task<FormOutcome> SaveObjectPageAsync(AdminRequest request, int id, string name, IReadOnlyDictionary<string, string?> values) =>
        changeForm.SaveObjectPageAsync(request, id, admin.ObjectPages.Single(p => p.Name == name), values);

    public async Task<DeletePage?> DeletePageAsync(AdminRequest request, int id)
    {
        if (await ReprAsync(request, id) is not { } repr) return null;
        var cascades = await Collector.CascadesAsync<T>(request.Db, One(request, id).Select(admin.Key!), request.CancellationToken);
        var related = new List<(string, IReadOnlyList<string>)>();
        foreach (var inline in admin.Inlines)
        {
            var names = await inline.NamesAsync(request, id);
            if (names.Count > 0) related.Add((inline.Title, names));
        }
        return new DeletePage(admin.Info(request.User), id, repr, cascades, related);
    }

    /// <summary>Deletes the object and logs it, in one transaction; its name, or null when it was already gone.</summary>
    public async Task<string?> DeleteAsync(AdminRequest request, int id)
    {
        await using var transaction = await request.Db.Database.BeginTransactionAsync(request.CancellationToken);
        if (await ReprAsync(request, id) is not { } repr) return null;
        if (await admin.DeleteQuerysetAsync(request, One(request, id)) == 0) return null;
        request.Log(admin.Slug, id, repr, LogAction.Deletion, "");
        await request.Db.SaveChangesAsync(request.CancellationToken);
        await transaction.CommitAsync(request.CancellationToken);
        return repr;
    }

    public Task<string?> ReprAsync(AdminRequest request, int id) =>
        One(request, id).Select(admin.Repr).Cast<string?>().SingleOrDefaultAsync(request.CancellationToken);

    private IQueryable<T> One(AdminRequest request, int id) => admin.GetQueryset(request).Where(Lambdas.EqualTo(admin.Key!, id));
}
