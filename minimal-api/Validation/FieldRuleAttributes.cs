using Blog.Domain.Rules;

namespace MinimalApi.Validation;

// One attribute per contract field, each a name for the shared rule it asks.

public sealed class UsernameAttribute() : FieldRuleAttribute<string>(FieldRules.Username);

public sealed class EmailAttribute() : FieldRuleAttribute<string>(FieldRules.Email);

public sealed class PasswordAttribute() : FieldRuleAttribute<string>(FieldRules.Password);

public sealed class PostTitleAttribute() : FieldRuleAttribute<string>(FieldRules.Title);

public sealed class PostContentAttribute() : FieldRuleAttribute<string>(FieldRules.Content);

public sealed class CommentContentAttribute() : FieldRuleAttribute<string>(FieldRules.CommentContent);

public sealed class PostStatusAttribute() : FieldRuleAttribute<string>(FieldRules.Status);

public sealed class TagListAttribute() : FieldRuleAttribute<List<string>>(FieldRules.Tags);
