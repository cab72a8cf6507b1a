using System.Globalization;
using OneMatter.Cli.Output;
using OneMatter.Engine.Definitions;

namespace OneMatter.Cli.Commands;

/// <summary><c>due &lt;start&gt; &lt;n&gt; [--calendar id]</c>: the due instant of n working days
/// (or any duration such as "3 days") from a start date or date-time, for checking the calendar.</summary>
internal static class DueCommand
{
    public static int Run(Options options, TextWriter output, TextWriter error)
    {
        if (options.Positional.Count < 2)
        {
            error.WriteLine("usage: due <start> <n> [--calendar id]   e.g. due 2026-02-13 5");
            return 2;
        }
        var workspace = WorkspaceLocator.Load(options);
        var id = options["calendar"] ?? "cn-mainland";
        if (!workspace.Calendars.TryGetValue(id, out var calendar))
        {
            error.WriteLine($"no calendar \"{id}\"; known: {string.Join(", ", workspace.Calendars.Keys.Order())}");
            return 1;
        }
        var startText = options.Positional[0];
        DateTimeOffset start;
        if (DateOnly.TryParseExact(startText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            // A bare date means 09:00 local on that day.
            var local = date.ToDateTime(new TimeOnly(9, 0));
            start = new DateTimeOffset(local, calendar.ToLocal(new DateTimeOffset(local, TimeSpan.Zero)).Offset);
        }
        else if (!DateTimeOffset.TryParse(startText, CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            error.WriteLine($"\"{startText}\" is not a date (yyyy-MM-dd) or date-time (2026-02-13T09:00:00+08:00)");
            return 2;
        }
        var amount = string.Join(' ', options.Positional.Skip(1));
        if (int.TryParse(amount, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            amount = $"{days} working days";
        }
        if (!Duration.TryParse(amount, out var duration, out var message))
        {
            error.WriteLine(message);
            return 2;
        }
        var due = calendar.Add(start, duration);
        output.WriteLine($"start: {TextTable.Time(calendar.ToLocal(start))} ({calendar.ToLocal(start):dddd})");
        output.WriteLine($"limit: {duration}");
        output.WriteLine($"due:   {calendar.ToLocal(due.At):yyyy-MM-dd HH:mm zzz} ({calendar.ToLocal(due.At):dddd})  = {due.At:yyyy-MM-ddTHH:mm:ssZ}");
        if (due.Estimated)
        {
            output.WriteLine("note:  a year without holiday data was counted with weekends only; add it to the calendar file");
        }
        return 0;
    }
}
