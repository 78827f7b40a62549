using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.TagHelpers;

/// <summary>
/// One row of an admin form (≈ Django admin's <c>fieldset.html</c> row): label, widget, errors and help of a field,
/// bound with <c>asp-for</c> like the built-in input tag helpers, whose generator it uses — so a form that comes back
/// invalid shows what was typed, and <c>asp-validation-for</c>'s message. <c>&lt;form-row asp-for="Values[field.Name]" field="field" /&gt;</c>
/// </summary>
[HtmlTargetElement("form-row", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormRowTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeName("field")]
    public FieldView Field { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var hasErrors = ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) && entry.Errors.Count > 0;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"form-row field-{Field.Name}{(hasErrors ? " errors" : "")}{(Field.Widget == Widget.Checkbox && !Field.Readonly ? " checkbox-row" : "")}");

        var label = new TagBuilder("label");
        label.Attributes["for"] = Field.Id;
        if (Field.Required) label.AddCssClass("required");
        label.InnerHtml.Append(Field.Label + ":");

        var body = new TagBuilder("div");
        if (Field.Widget == Widget.Checkbox && !Field.Readonly)
        {
            label.AddCssClass("vCheckboxLabel");
            output.Content.AppendHtml(Checkbox()).AppendHtml(label);
        }
        else
        {
            body.InnerHtml.AppendHtml(Field.Readonly ? Readonly() : Input());
            output.Content.AppendHtml(label);
        }
        body.InnerHtml.AppendHtml(generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, For.Name, null, "span",
            new Dictionary<string, object> { ["class"] = "errorlist" }));
        if (Field.Help is { } help)
        {
            var helpText = new TagBuilder("div");
            helpText.AddCssClass("help");
            helpText.InnerHtml.Append(help);
            body.InnerHtml.AppendHtml(helpText);
        }
        output.Content.AppendHtml(body);
    }

    private TagBuilder Input()
    {
        var attributes = new Dictionary<string, object> { ["id"] = Field.Id };
        if (Field.MaxLength is { } max) attributes["maxlength"] = max;
        switch (Field.Widget)
        {
            case Widget.TextArea:
                attributes["class"] = "vLargeTextField";
                return generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, 12, 0, attributes);
            case Widget.Password:
                attributes["autocomplete"] = "new-password";
                return generator.GeneratePassword(ViewContext, For.ModelExplorer, For.Name, null, attributes);
            case Widget.Select:
                return generator.GenerateSelect(ViewContext, For.ModelExplorer, null, For.Name,
                    Field.Choices.Select(c => new SelectListItem(c.Label, c.Value)), false, attributes);
            default:
                attributes["class"] = "vTextField";
                attributes["autocomplete"] = "off";
                return generator.GenerateTextBox(ViewContext, For.ModelExplorer, For.Name, For.Model, null, attributes);
        }
    }

    private TagBuilder Checkbox()
    {
        var box = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        box.Attributes["type"] = "checkbox";
        box.Attributes["id"] = Field.Id;
        box.Attributes["name"] = For.Name;
        box.Attributes["value"] = "true";
        if (Current() == "true") box.Attributes["checked"] = "checked";
        return box;
    }

    /// <summary>A read-only value; a prepopulated one (the slug) is previewed from its source field by prepopulate.js.</summary>
    private TagBuilder Readonly()
    {
        var value = new TagBuilder(Field.PrepopulatedFrom is null ? "div" : "code");
        value.InnerHtml.Append(Field.Widget == Widget.Checkbox ? (Current() == "true" ? "Yes" : "No") : Current() ?? "-");
        if (Field.PrepopulatedFrom is not { } from)
        {
            value.AddCssClass("readonly");
            return value;
        }
        value.Attributes["id"] = Field.Id;
        value.Attributes["data-prepopulated-from"] = from;
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("readonly");
        wrapper.InnerHtml.AppendHtml(value);
        return wrapper;
    }

    private string? Current() =>
        ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) && entry.AttemptedValue is { } typed ? typed : For.Model as string;
}
