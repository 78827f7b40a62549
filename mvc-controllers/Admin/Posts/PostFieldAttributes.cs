using Blog.Domain.Rules;
using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Posts;

// The post form's fields, each a name for the shared rule it asks.

public sealed class PostTitleAttribute() : FieldRuleAttribute(FieldRules.Title);

public sealed class PostContentAttribute() : FieldRuleAttribute(FieldRules.Content);

public sealed class PostStatusAttribute() : FieldRuleAttribute(FieldRules.Status);
