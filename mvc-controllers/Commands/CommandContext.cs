namespace MvcControllers.Commands;

public sealed record CommandContext(IServiceProvider Services, CommandOptions Options, TextReader Input, TextWriter Output);
