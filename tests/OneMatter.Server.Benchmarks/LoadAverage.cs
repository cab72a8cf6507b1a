namespace OneMatter.Server.Benchmarks;

/// <summary>The 1/5/15-minute load average from <c>/proc/loadavg</c>: the machine is shared, so
/// every figure is printed with the load it was measured under.</summary>
internal static class LoadAverage
{
    public static string Read()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return $"{parts[0]} / {parts[1]} / {parts[2]}";
        }
        catch (IOException)
        {
            return "n/a";
        }
        catch (UnauthorizedAccessException)
        {
            return "n/a";
        }
    }
}
