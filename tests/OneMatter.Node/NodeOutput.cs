using System.Text;

namespace OneMatter.Node;

/// <summary>
/// Standard output, one whole line at a time and flushed at once: many acknowledgements are
/// written concurrently, and a line the test has read is a promise that must not sit in a buffer
/// when the process is killed.
/// </summary>
internal sealed class NodeOutput
{
    private readonly Lock _lock = new();
    private readonly StreamWriter _out = new(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };

    public void Line(string line)
    {
        lock (_lock)
        {
            _out.Write(line);
            _out.Write('\n');
            _out.Flush();
        }
    }
}
