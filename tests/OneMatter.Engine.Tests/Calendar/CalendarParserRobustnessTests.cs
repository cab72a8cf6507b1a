using OneMatter.Engine.Calendar;

namespace OneMatter.Engine.Tests.Calendar;

public class CalendarParserRobustnessTests
{
    private const string Noise = ":-[]{},&*!|>'\"#%@`?\t\n 0123456789abc年";

    [Fact]
    public void Parse_RandomEditsOfRealFile_NeverThrowsAndAlwaysBuildsWhenClean()
    {
        string original = CnMainland.YamlText;
        var random = new Random(20251104);
        for (int i = 0; i < 3000; i++)
        {
            string yaml = Mutate(original, random, edits: random.Next(1, 4));

            CalendarParseResult result = CalendarParser.Parse(yaml, "fuzz.yaml");

            AssertWellFormed(result);
            if (result.Calendar is not null)
            {
                // A calendar the parser accepts must always be usable.
                var calendar = new BusinessCalendar(result.Calendar);
                calendar.AddWorkingDays(new DateTimeOffset(2026, 2, 13, 2, 0, 0, TimeSpan.Zero), 5);
            }
        }
    }

    [Fact]
    public void Parse_RandomGarbage_NeverThrows()
    {
        var random = new Random(7);
        for (int i = 0; i < 3000; i++)
        {
            char[] text = new char[random.Next(0, 80)];
            for (int j = 0; j < text.Length; j++)
            {
                text[j] = Noise[random.Next(Noise.Length)];
            }

            AssertWellFormed(CalendarParser.Parse(new string(text), "garbage.yaml"));
        }
    }

    private static void AssertWellFormed(CalendarParseResult result)
    {
        Assert.Equal(result.Calendar is null, result.Errors.Count > 0);
        Assert.All(result.Errors, error =>
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, error.ToString());
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        });
    }

    private static string Mutate(string text, Random random, int edits)
    {
        for (int i = 0; i < edits && text.Length > 0; i++)
        {
            int at = random.Next(text.Length);
            text = random.Next(3) switch
            {
                0 => text.Remove(at, Math.Min(random.Next(1, 6), text.Length - at)),
                1 => text.Insert(at, Noise[random.Next(Noise.Length)].ToString()),
                _ => text.Insert(at, CopyOfSomeLine(text, random)),
            };
        }

        return text;
    }

    // Duplicated keys, lines and list items are the mistakes people make when editing by hand.
    private static string CopyOfSomeLine(string text, Random random)
    {
        string[] lines = text.Split('\n');
        return lines[random.Next(lines.Length)] + "\n";
    }
}
