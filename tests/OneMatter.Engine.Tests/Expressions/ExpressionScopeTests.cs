using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Tests.Expressions;

public sealed class ExpressionScopeTests
{
    [Fact]
    public void Evaluate_DateOnly_IsMidnightOfThatDay()
    {
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?> { ["start"] = new DateOnly(2024, 5, 1) });

        Assert.Equal(new DateTime(2024, 5, 1), Scopes.Compile("form.start").Evaluate(scope));
        Assert.True(Scopes.Compile("form.start.year == 2024 && form.start.month == 5 && form.start.day == 1").IsTrue(scope));
    }

    [Fact]
    public void Evaluate_DateTimeOffset_IsItsUtcInstant()
    {
        var submitted = new DateTimeOffset(2024, 5, 1, 8, 30, 0, TimeSpan.FromHours(8));
        ExpressionScope scope = Scopes.Of("instance", new Dictionary<string, object?> { ["submitted"] = submitted });

        Assert.Equal(submitted.UtcDateTime, Scopes.Compile("instance.submitted").Evaluate(scope));
        Assert.True(Scopes.Compile("instance.submitted.hour == 0").IsTrue(scope));
    }

    [Fact]
    public void IsTrue_DatesCompareAndSubtract()
    {
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?>
        {
            ["start"] = new DateOnly(2024, 5, 1),
            ["end"] = new DateTime(2024, 5, 16, 12, 0, 0),
        });

        Assert.True(Scopes.Compile("form.start < form.end").IsTrue(scope));
        Assert.True(Scopes.Compile("(form.end - form.start).days == 15").IsTrue(scope));
        Assert.True(Scopes.Compile("form.start == date.parse '2024-05-01'").IsTrue(scope));
        Assert.True(Scopes.Compile("(form.start | date.add_days 15) < form.end").IsTrue(scope));
    }

    [Fact]
    public void Evaluate_DateParseWithOffset_GivesUtcWhateverTheHostZone() =>
        Assert.Equal(
            new DateTime(2024, 5, 1, 0, 30, 0, DateTimeKind.Utc),
            Scopes.Compile("date.parse '2024-05-01T08:30:00+08:00'").Evaluate(ExpressionScope.Empty));

    [Theory]
    [InlineData("date.parse '2024-05-01+08:00'", 2024, 4, 30, 16)]
    [InlineData("date '2024-05-01T00:00:00Z'", 2024, 5, 1, 0)]
    public void Evaluate_DateParseWithOffsetInAnyForm_GivesUtc(string source, int year, int month, int day, int hour) =>
        Assert.Equal(new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Utc), Scopes.Compile(source).Evaluate(ExpressionScope.Empty));

    [Fact]
    public void Evaluate_DateParseOfTimeOnly_DoesNotUseToday() =>
        Assert.Equal(new DateTime(1, 1, 1, 10, 30, 0), Scopes.Compile("date.parse '10:30'").Evaluate(ExpressionScope.Empty));

    [Fact]
    public void Evaluate_DateParseOfNonsense_Fails()
    {
        var error = Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("date.parse 'soon'").Evaluate(ExpressionScope.Empty));

        Assert.Contains("is not a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Date_UsesTheFormatGiven()
    {
        TextTemplate template = Scopes.CompileTemplate("{{ form.start | date.to_string '%Y年%m月%d日' }}");
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?> { ["start"] = new DateOnly(2024, 5, 1) });

        Assert.Equal("2024年05月01日", template.Render(scope, htmlEscape: false));
    }

    [Fact]
    public void Evaluate_NestedListsAndObjects_AreReadable()
    {
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?>
        {
            ["plots"] = new List<object?>
            {
                new Dictionary<string, object?> { ["area"] = 80 },
                new Dictionary<string, object?> { ["area"] = 45L },
            },
        });

        Assert.Equal(45L, Scopes.Compile("form.plots[1].area").Evaluate(scope));
        Assert.Equal(125, Scopes.Compile("total = 0; for p in form.plots; total = total + p.area; end; total").Evaluate(scope));
    }

    [Fact]
    public void Evaluate_UnsupportedValueType_FailsNamingTheType()
    {
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?> { ["id"] = Guid.Empty });

        var error = Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("form.id").Evaluate(scope));

        Assert.Contains("Guid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WritingToCallersList_FailsAndLeavesItUnchanged()
    {
        var rooms = new List<object?> { "堂屋" };
        ExpressionScope scope = Scopes.Of("form", new Dictionary<string, object?> { ["rooms"] = rooms });

        Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("form.rooms[0] = 'x'").Evaluate(scope));

        Assert.Equal("堂屋", rooms[0]);
    }

    [Fact]
    public void Evaluate_WritingToCallersObject_FailsAndLeavesItUnchanged()
    {
        var form = new Dictionary<string, object?> { ["floor_area"] = 100 };

        Assert.Throws<ExpressionEvaluationException>(() => Scopes.Compile("form.floor_area = 999").Evaluate(Scopes.Of("form", form)));

        Assert.Equal(100, form["floor_area"]);
    }
}
