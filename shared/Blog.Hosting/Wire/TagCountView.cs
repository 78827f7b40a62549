namespace Blog.Hosting.Wire;

public sealed record TagCountView(string Name, int PostCount);
