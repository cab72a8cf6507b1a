namespace OneMatter.Cli;

/// <summary>Positional arguments and <c>--name value</c> options of one command.</summary>
internal sealed record Options
{
    private static readonly string[] Known = ["workflows", "templates", "script", "calendar", "database"];

    public IReadOnlyList<string> Positional { get; init; } = [];

    public IReadOnlyDictionary<string, string> Named { get; init; } = new Dictionary<string, string>();

    public string? Error { get; init; }

    public string? this[string name] => Named.GetValueOrDefault(name);

    public static Options Parse(string[] args)
    {
        var positional = new List<string>();
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var name = args[i][2..];
            if (!Known.Contains(name))
            {
                return new Options { Error = $"unknown option --{name}; known: {string.Join(", ", Known.Select(k => "--" + k))}" };
            }
            if (i + 1 >= args.Length)
            {
                return new Options { Error = $"--{name} needs a value" };
            }
            named[name] = args[++i];
        }
        return new Options { Positional = positional, Named = named };
    }
}
