using OneMatter.Cli.Commands;

namespace OneMatter.Cli;

/// <summary>Dispatches <c>onematter &lt;command&gt; …</c>. Writes to the given writers so tests
/// can run it in-process.</summary>
internal static class CommandLine
{
    public const string Usage = """
        onematter — OneMatter definitions on the command line

          validate [paths…]                    check definitions; every error as file:line:col: message
          simulate <definition> [--script f]   run a definition on a simulated clock and print its timeline
          compare <a> <b> [--script f]         two timelines and their working days side by side
          due <start> <n> [--calendar id]      when n working days from <start> fall due
          verify [--database db]               check every instance's event hash chain; exit 1 on any break
          replay <instance> [--database db]    rebuild a snapshot from its events and diff it with the stored one

          --workflows <dir>   the workflows folder (default: ./workflows, searched upward)
          --database <db>     a SQLite file or a PostgreSQL connection string (default: data/onematter.db)
          <definition> is a file path or a definition id in the workflows folder.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var options = Options.Parse(args.Skip(1).ToArray());
        if (options.Error is not null)
        {
            error.WriteLine(options.Error);
            return 2;
        }
        try
        {
            return args[0] switch
            {
                "validate" => ValidateCommand.Run(options, output, error),
                "simulate" => SimulateCommand.Run(options, output, error),
                "compare" => CompareCommand.Run(options, output, error),
                "due" => DueCommand.Run(options, output, error),
                "verify" => VerifyCommand.Run(options, output, error),
                "replay" => ReplayCommand.Run(options, output, error),
                _ => Unknown(args[0], error),
            };
        }
        catch (IOException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (UnauthorizedAccessException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    private static int Unknown(string command, TextWriter error)
    {
        error.WriteLine($"unknown command \"{command}\"");
        error.WriteLine(Usage);
        return 2;
    }
}
