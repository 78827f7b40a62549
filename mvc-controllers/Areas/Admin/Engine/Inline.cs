using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// An entry of <c>inlines</c> (≈ <c>TabularInline</c>): the objects that point to the one being changed, listed as a
/// table on its form, each with a "Delete?" box whose ticked objects go in the same save.
/// </summary>
public abstract class Inline<TParent>(string name, string title, string verboseName)
{
    /// <summary>The prefix of the inline's form fields: <c>{name}-DELETE</c> holds the ticked ids.</summary>
    public string Name => name;
    public string Title => title;
    public string VerboseName => verboseName;
    public string DeleteField => $"{name}-DELETE";

    public abstract Task<InlineView> ViewAsync(AdminRequest request, int parentId);

    /// <summary>The names of this parent's objects, for its delete confirmation.</summary>
    public abstract Task<List<string>> NamesAsync(AdminRequest request, int parentId);

    /// <summary>
    /// Deletes the ticked objects of this parent, in the caller's transaction; their names, for the change message. One
    /// someone else deleted meanwhile is gone either way: it is neither named nor an error.
    /// </summary>
    public abstract Task<IReadOnlyList<string>> DeleteTickedAsync(AdminRequest request, int parentId, IReadOnlyCollection<int> ids);
}

public sealed class TabularInline<TParent, TChild>(
    string name, string title, string verboseName,
    Expression<Func<TChild, int>> parent, Expression<Func<TChild, int>> key, Expression<Func<TChild, string>> repr,
    IReadOnlyList<Column<TChild>> columns)
    : Inline<TParent>(name, title, verboseName)
    where TChild : class
{
    public override async Task<InlineView> ViewAsync(AdminRequest request, int parentId)
    {
        var rows = await Children(request, parentId).AsNoTracking()
            .OrderBy(key)
            .Select(Lambdas.Row<TChild>([key, .. columns.Select(c => c.Value)]))
            .ToListAsync(request.CancellationToken);
        return new InlineView(this.Name, Title, DeleteField, [.. columns.Select(c => c.Label)],
            [.. rows.Select(row => new RowView((int)row[0]!, row[1..]))]);
    }

    public override Task<List<string>> NamesAsync(AdminRequest request, int parentId) =>
        Children(request, parentId).AsNoTracking().OrderBy(key).Select(repr).ToListAsync(request.CancellationToken);

    public override async Task<IReadOnlyList<string>> DeleteTickedAsync(AdminRequest request, int parentId, IReadOnlyCollection<int> ids)
    {
        if (ids.Count == 0) return [];
        var ticked = Children(request, parentId).Where(Lambdas.Where(key, body => Lambdas.In([.. ids], body)));
        var names = await ticked.OrderBy(key).Select(repr).ToListAsync(request.CancellationToken);
        await ticked.ExecuteDeleteAsync(request.CancellationToken);
        return names;
    }

    private IQueryable<TChild> Children(AdminRequest request, int parentId) =>
        request.Db.Set<TChild>().Where(Lambdas.EqualTo(parent, parentId));
}
