using Blog.Data.AdminLog;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// The one bulk-action flow (≈ ModelAdmin's <c>response_action</c>): the menu of the actions a user may run, their
/// confirmation page, and the run itself — one statement for the whole selection, and an admin log entry per object
/// it changed, in one transaction.
/// </summary>
public sealed class BulkActions<T>(ModelAdmin<T> admin, ChangeList<T> changeList)
    where T : class, new()
{
    public const string NothingFound = "No items found: the selected items no longer exist. No items have been changed.";
    public const string NoneSelected = "Items must be selected in order to perform actions on them. No items have been changed.";
    private const string KeptChanging = "The selected items kept being deleted by someone else meanwhile. No items have been changed; please try again.";
    public const int ListedAtMost = 100;

    /// <summary>How many times a run is made again when some of its rows were deleted meanwhile.</summary>
    private const int Attempts = 3;

    public IReadOnlyList<AdminAction<T>> For(AdminUser user)
    {
        var permissions = admin.Permissions(user);
        return [.. new[] { admin.DeleteSelected }.Concat(admin.Actions).Where(a => admin.Key is not null && a.Allowed(permissions, user))];
    }

    public IReadOnlyList<ActionView> Views(AdminUser user) =>
        [.. For(user).Select(a => new ActionView(a.Name, a.Label, a.LogAs == LogAction.Deletion))];

    public async Task<ActionOutcome> RunAsync(AdminRequest request, ActionRequest form)
    {
        var action = For(request.User).FirstOrDefault(a => a.Name == form.Action);
        if (action is null) return new(null, "No action selected.");
        if (form.Selected.Count == 0 && !form.SelectAcross) return new(null, NoneSelected);
        var key = admin.Key!;
        var rows = form.SelectAcross
            ? changeList.Matching(request, ChangeListParams.FromQueryString(form.ReturnQuery, changeList.Parameters))
            : admin.GetQueryset(request).Where(Lambdas.Where(key, id => Lambdas.In(form.Selected, id)));
        var cancellationToken = request.CancellationToken;
        if (!form.Confirmed)
        {
            var total = await rows.CountAsync(cancellationToken);
            if (total == 0) return new(null, NothingFound);
            var shown = await Named(rows).Take(ListedAtMost).ToListAsync(cancellationToken);
            var cascades = action.LogAs == LogAction.Deletion
                ? await Collector.CascadesAsync<T>(request.Db, rows.Select(key), cancellationToken)
                : [];
            return new(new ActionConfirmationPage(admin.Info(request.User), new ActionView(action.Name, action.Label, action.LogAs == LogAction.Deletion),
                shown, total, action.Warning, cascades, form.ReturnQuery ?? "", form.SelectAcross), null);
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await request.Db.Database.BeginTransactionAsync(cancellationToken);
            var named = await Named(rows).ToListAsync(cancellationToken);
            var ids = named.Select(n => n.Id).ToList();
            var changed = ids.Count == 0 ? 0
                : await action.Run(request, admin.GetQueryset(request).Where(Lambdas.Where(key, id => Lambdas.In(ids, id))));
            if (changed == 0) return new(null, NothingFound);
            if (changed < named.Count)
            {
                // Some rows read were deleted by someone else before the statement reached them. Which ones cannot be
                // told, and only the objects changed are logged: so the run is undone and made again on what is left.
                await transaction.RollbackAsync(cancellationToken);
                if (attempt == Attempts) return new(null, KeptChanging);
                continue;
            }
            foreach (var (id, repr) in named)
                request.Log(admin.Slug, id, repr, action.LogAs, action.LogAs == LogAction.Deletion ? "" : $"{Names.Capitalized(action.PastTense)} by the action “{action.Label}”.");
            await request.Db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(null, $"Successfully {action.PastTense} {Names.Count(changed, admin.VerboseName, admin.VerboseNamePlural)}.");
        }
    }

    private IQueryable<ObjectName> Named(IQueryable<T> rows) =>
        rows.OrderBy(admin.Key!).Select(Lambdas.Name(admin.Key!, admin.Repr));

}
