using Microsoft.AspNetCore.Mvc;
using MvcControllers.Areas.Admin.Auth;
using MvcControllers.Areas.Admin.Engine;
using MvcControllers.Caching;

namespace MvcControllers.Areas.Admin.Controllers;

/// <summary>
/// Every page of every registered model, served by the generic engine (≈ ModelAdmin's <c>get_urls</c>):
/// <c>/admin/{model}/</c> the change list and its actions, <c>add/</c>, <c>{id}/change/</c>, <c>{id}/delete/</c>,
/// <c>{id}/history/</c> and the registration's object pages (<c>{id}/password/</c>). A model the user may not see is
/// a 403; an unknown model or object a 404.
/// </summary>
[Route("admin/{model}")]
[ChangesCachedAnswers]
public sealed class ModelAdminController(AdminSite site) : AdminController
{
    private const string SaveContinue = "continue";
    private const string SaveAnother = "another";

    [HttpGet("", Name = AdminRoutes.ChangeList)]
    public Task<IActionResult> ChangeList(string model) =>
        WithAdmin(model, p => p.View, async (admin, request) =>
        {
            var current = ChangeListParams.From(Request.Query, admin.Pages.ChangeListParameters);
            return View(await admin.Pages.ChangeListAsync(request, current, query => Url.AdminChangeList(admin.Slug, query)));
        });

    /// <summary>An action of the change list: the first post shows its confirmation page, the confirmed one runs it.</summary>
    [HttpPost("")]
    public Task<IActionResult> Action(
        string model, string? action, List<int> selected, [FromForm(Name = "select_across")] bool selectAcross, bool confirmed,
        string? returnQuery) =>
        WithAdmin(model, p => p.View, async (admin, request) =>
        {
            var back = ChangeListParams.FromQueryString(returnQuery, admin.Pages.ChangeListParameters);
            var outcome = await admin.Pages.ActionAsync(request, new ActionRequest(action, selected, selectAcross, confirmed, back.QueryString));
            if (outcome.Confirmation is { } confirmation) return View("ActionConfirmation", confirmation);
            Flash(outcome.Message!);
            return LocalRedirect(Url.AdminChangeList(admin.Slug, back));
        });

    [HttpGet("add", Name = AdminRoutes.Add)]
    public Task<IActionResult> Add(string model) =>
        WithAdmin(model, p => p.Add, async (admin, request) =>
            View("ChangeForm", await admin.Pages.FormAsync(request, null)));

    [HttpPost("add")]
    public Task<IActionResult> Add(string model, Dictionary<string, string?> values, string? save) =>
        WithAdmin(model, p => p.Add, (admin, request) => SaveAsync(admin, request, null, values, save));

    [HttpGet("{id:int}/change", Name = AdminRoutes.Change)]
    public Task<IActionResult> Change(string model, int id) =>
        WithObject(model, p => p.View, async (admin, request) =>
            await admin.Pages.FormAsync(request, id) is { } page ? View("ChangeForm", page) : NotFoundPage(admin.VerboseName));

    [HttpPost("{id:int}/change")]
    public Task<IActionResult> Change(string model, int id, Dictionary<string, string?> values, string? save) =>
        WithObject(model, p => p.Change, (admin, request) => SaveAsync(admin, request, id, values, save));

    [HttpGet("{id:int}/delete", Name = AdminRoutes.Delete)]
    public Task<IActionResult> Delete(string model, int id) =>
        WithObject(model, p => p.Delete, async (admin, request) =>
            await admin.Pages.DeletePageAsync(request, id) is { } page ? View("DeleteConfirmation", page) : NotFoundPage(admin.VerboseName));

    [HttpPost("{id:int}/delete")]
    public Task<IActionResult> DeleteConfirmed(string model, int id) =>
        WithObject(model, p => p.Delete, async (admin, request) =>
        {
            if (await admin.Pages.DeleteAsync(request, id) is not { } repr) return NotFoundPage(admin.VerboseName);
            Flash($"The {admin.VerboseName} “{repr}” was deleted successfully.");
            return LocalRedirect(Url.AdminChangeList(admin.Slug));
        });

    [HttpGet("{id:int}/history", Name = AdminRoutes.History)]
    public Task<IActionResult> History(string model, int id) =>
        WithObject(model, p => p.View, async (admin, request) =>
        {
            if (await admin.Pages.ReprAsync(request, id) is not { } repr) return NotFoundPage(admin.VerboseName);
            var lines = await AdminLogQueries.HistoryAsync(request.Db, admin.Slug, id, request.CancellationToken);
            return View(new HistoryPage(admin.Info(request.User), id, repr, lines));
        });

    [HttpGet("{id:int}/{page}", Name = AdminRoutes.ObjectPage)]
    public Task<IActionResult> ObjectPage(string model, int id, string page) =>
        WithObject(model, p => p.Change, async (admin, request) =>
            admin.Pages.HasObjectPage(page) && await admin.Pages.ObjectPageAsync(request, id, page) is { } form
                ? View("ChangeForm", form)
                : NotFoundPage(admin.VerboseName));

    [HttpPost("{id:int}/{page}")]
    public Task<IActionResult> ObjectPage(string model, int id, string page, Dictionary<string, string?> values) =>
        WithObject(model, p => p.Change, async (admin, request) =>
        {
            if (!admin.Pages.HasObjectPage(page)) return NotFoundPage(admin.VerboseName);
            var outcome = await admin.Pages.SaveObjectPageAsync(request, id, page, values);
            return Answer(admin, outcome, save: null);
        });

    private async Task<IActionResult> SaveAsync(IModelAdmin admin, AdminRequest request, int? id, Dictionary<string, string?> values, string? save)
    {
        var ticked = admin.Pages.InlineDeleteFields.ToDictionary(field => field[..^"-DELETE".Length],
            field => (IReadOnlyCollection<int>)[.. Request.Form[field].Select(v => int.TryParse(v, out var n) ? n : 0).Where(n => n > 0)]);
        return Answer(admin, await admin.Pages.SaveAsync(request, id, values, ticked), save);
    }

    /// <summary>Django's three save buttons: "Save" goes back to the list, the others stay on a form.</summary>
    private IActionResult Answer(IModelAdmin admin, FormOutcome outcome, string? save)
    {
        if (outcome.Invalid is { } invalid)
        {
            foreach (var (field, message) in outcome.Errors) ModelState.AddModelError($"Values[{field}]", message);
            return View("ChangeForm", invalid);
        }
        if (outcome.SavedId is not { } id) return NotFoundPage(admin.VerboseName);
        Flash(outcome.Message!);
        return LocalRedirect(save switch
        {
            SaveContinue => Url.AdminChange(admin.Slug, id),
            SaveAnother => Url.AdminAdd(admin.Slug),
            _ when admin.Info(User.AdminUser()).Permissions.View => Url.AdminChangeList(admin.Slug),
            _ => Url.AdminIndex(),
        });
    }

    /// <summary>As <see cref="WithAdmin"/>, for a page of one object: a model listed without such pages has none (404).</summary>
    private Task<IActionResult> WithObject(
        string model, Func<AdminPermissions, bool> needs, Func<IModelAdmin, AdminRequest, Task<IActionResult>> page) =>
        WithAdmin(model, needs, (admin, request) =>
            admin.Info(request.User).HasObjectPages ? page(admin, request) : Task.FromResult<IActionResult>(NotFoundPage(admin.VerboseName)));

    /// <summary>The registration of <paramref name="model"/>, when the user has the permission the page needs.</summary>
    private async Task<IActionResult> WithAdmin(
        string model, Func<AdminPermissions, bool> needs, Func<IModelAdmin, AdminRequest, Task<IActionResult>> page)
    {
        if (site.Find(model) is not { } admin) return NotFoundPage("page");
        var request = AdminRequest(HttpContext.RequestAborted);
        var info = admin.Info(request.User);
        if (!needs(info.Permissions)) return PermissionDenied();
        return await page(admin, request);
    }
}
