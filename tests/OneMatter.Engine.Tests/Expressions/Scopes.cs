using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Tests.Expressions;

/// <summary>Builds the scopes the expression tests evaluate against.</summary>
internal static class Scopes
{
    /// <summary>A rural-housing application after the land review passed.</summary>
    public static ExpressionScope RuralHousing(decimal floorArea = 250m, string landOutcome = "pass") => new(
        new Dictionary<string, object?>
        {
            ["form"] = new Dictionary<string, object?>
            {
                ["applicant_name"] = "张三",
                ["floor_area"] = floorArea,
                ["storeys"] = 2,
                ["first_home"] = true,
                ["township"] = "江山镇",
                ["note"] = null,
                ["rooms"] = new object?[] { "堂屋", "卧室", "厨房" },
            },
            ["nodes"] = new Dictionary<string, object?>
            {
                ["land"] = new Dictionary<string, object?>
                {
                    ["outcome"] = landOutcome,
                    ["fields"] = new Dictionary<string, object?> { ["area"] = 120.5m },
                },
                ["village"] = new Dictionary<string, object?> { ["outcome"] = "agree" },
            },
        });

    public static ExpressionScope Of(string name, object? value) =>
        new(new Dictionary<string, object?> { [name] = value });

    public static Expression Compile(string source)
    {
        ExpressionParseResult parsed = Expression.Parse(source);
        Assert.True(parsed.Success, string.Join("; ", parsed.Errors));
        return parsed.Expression!;
    }

    public static TextTemplate CompileTemplate(string source)
    {
        TextTemplateParseResult parsed = TextTemplate.Parse(source);
        Assert.True(parsed.Success, string.Join("; ", parsed.Errors));
        return parsed.Template!;
    }
}
