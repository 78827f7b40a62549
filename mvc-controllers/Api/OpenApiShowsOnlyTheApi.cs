using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace MvcControllers.Api;

/// <summary>The OpenAPI document describes the API alone: the admin site's and public pages' controllers stay out of it.</summary>
public sealed class OpenApiShowsOnlyTheApi : IControllerModelConvention
{
    public void Apply(ControllerModel controller) =>
        controller.ApiExplorer.IsVisible = controller.Attributes.OfType<IApiBehaviorMetadata>().Any();
}
