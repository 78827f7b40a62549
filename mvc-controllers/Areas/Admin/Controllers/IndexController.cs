using Microsoft.AspNetCore.Mvc;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.Controllers;

/// <summary>/admin: the site index — the models the user may see, and their own recent actions (Django's admin index).</summary>
public sealed class IndexController(AdminSite site) : AdminController
{
    [HttpGet("admin", Name = AdminRoutes.Index)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var request = AdminRequest(cancellationToken);
        var models = new List<(ModelInfo, int)>();
        foreach (var admin in site.Registry)
        {
            var info = admin.Info(request.User);
            if (info.Permissions.View) models.Add((info, await admin.Pages.CountAsync(request)));
        }
        return View(new IndexPage(models, await AdminLogQueries.RecentAsync(request.Db, request.User.Id, cancellationToken)));
    }
}
