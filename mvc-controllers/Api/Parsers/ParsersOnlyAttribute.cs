using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MvcControllers.Api.Parsers;

/// <summary>
/// A body reaches an API action only through a parser, as DRF's <c>request.data</c> does: an input formatter (MVC's
/// JSON one, <see cref="FormParser"/>) reads it into the action's serializer. MVC's form value providers are off, since
/// they would read a form first and turn whatever stopped them (a form past the limits, a body whose chunked framing is
/// broken) into a model-state message that no longer says which.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ParsersOnlyAttribute : Attribute, IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        context.ValueProviderFactories.RemoveType<FormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<JQueryFormValueProviderFactory>();
        context.ValueProviderFactories.RemoveType<FormFileValueProviderFactory>();
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
