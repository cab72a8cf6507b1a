namespace OneMatter.Cli.Commands;

/// <summary><c>verify [--database db]</c>: walks every instance's event hash chain and reports
/// every break (instance, sequence, reason); exit code 1 if there is any.</summary>
internal static class VerifyCommand
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        var store = DatabaseLocator.Open(options, error);
        if (store is null)
        {
            return 2;
        }
        var breaks = store.VerifyChainAsync().GetAwaiter().GetResult();
        foreach (var b in breaks)
        {
            output.WriteLine($"{b.InstanceId} #{b.Sequence}: {b.Reason}");
        }
        output.WriteLine(breaks.Count == 0 ? "event chain intact" : $"{breaks.Count} break(s) in the event chain");
        return breaks.Count == 0 ? 0 : 1;
    }
}
