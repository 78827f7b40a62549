using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MvcControllers.Api;

/// <summary>
/// For an action that reads the request body itself (DRF: a view without parser classes, reading the stream): model
/// binding must not read a form first. MVC's form value providers would, and turn whatever stopped them (a form past
/// the limits, a body whose chunked framing is broken) into a model-state message that no longer says which.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadsBodyItselfAttribute : Attribute, IResourceFilter
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
