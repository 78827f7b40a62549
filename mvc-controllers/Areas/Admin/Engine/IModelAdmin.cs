namespace MvcControllers.Areas.Admin.Engine;

/// <summary>A registration as the site and the generic controller see it, whatever its model.</summary>
public interface IModelAdmin
{
    string Slug { get; }
    string VerboseName { get; }
    string VerboseNamePlural { get; }
    Type ModelType { get; }
    ModelInfo Info(AdminUser user);
    IModelAdminPages Pages { get; }
}
