namespace MvcControllers.Areas.Admin.Engine;

/// <summary>A registered model as every admin page names it, with what the current user may do with it.</summary>
public sealed record ModelInfo(string Slug, string VerboseName, string VerboseNamePlural, AdminPermissions Permissions, bool HasObjectPages);
