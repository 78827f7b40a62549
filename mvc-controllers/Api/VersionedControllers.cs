using Asp.Versioning;
using Asp.Versioning.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MvcControllers.Api;

/// <summary>
/// Like DRF's <c>versioning_class</c> set on the API's views only: the controllers that declare their versions
/// (<c>[ApiVersion]</c>) are versioned; the health checks, the admin and the public site are not, so an
/// <c>api-version</c> sent to them is not looked at (as on the other hosts, where they are outside any version set).
/// </summary>
public sealed class VersionedControllers : IApiControllerFilter
{
    public IList<ControllerModel> Apply(IList<ControllerModel> controllers) =>
        controllers.Where(c => c.Attributes.OfType<ApiVersionAttribute>().Any()).ToList();
}

public static class VersionedControllersSetup
{
    public static IApiVersioningBuilder OnlyControllersThatDeclareVersions(this IApiVersioningBuilder versioning)
    {
        versioning.Services.Replace(ServiceDescriptor.Singleton<IApiControllerFilter, VersionedControllers>());
        return versioning;
    }
}
