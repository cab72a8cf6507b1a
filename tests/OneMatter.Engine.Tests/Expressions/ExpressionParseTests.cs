using OneMatter.Engine.Expressions;

namespace OneMatter.Engine.Tests.Expressions;

public sealed class ExpressionParseTests
{
    [Fact]
    public void Parse_ValidExpression_Succeeds()
    {
        ExpressionParseResult parsed = Expression.Parse("form.floor_area > 200");

        Assert.True(parsed.Success);
        Assert.Empty(parsed.Errors);
        Assert.Equal("form.floor_area > 200", parsed.Expression!.Source);
    }

    [Fact]
    public void Parse_UnexpectedToken_ReportsItsLineAndColumn()
    {
        ExpressionParseResult parsed = Expression.Parse("form.a > 1\n  && (");

        Assert.False(parsed.Success);
        Assert.Null(parsed.Expression);
        ExpressionError error = Assert.Single(parsed.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void Parse_MissingRightOperand_PointsAtTheEndOfTheText()
    {
        ExpressionParseResult parsed = Expression.Parse("form.a >");

        ExpressionError error = Assert.Single(parsed.Errors);
        Assert.Equal((1, 9), (error.Line, error.Column));
        Assert.Contains("end of the text", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_EmptyText_IsAnError(string source)
    {
        ExpressionParseResult parsed = Expression.Parse(source);

        Assert.Equal("the expression is empty", Assert.Single(parsed.Errors).Message);
    }

    [Fact]
    public void Parse_NullText_IsAnErrorNotAnException() =>
        Assert.False(Expression.Parse(null!).Success);

    [Fact]
    public void Parse_UnterminatedString_IsAnError() =>
        Assert.False(Expression.Parse("form.name == \"abc").Success);

    [Theory]
    [InlineData("date.now > form.start", "date.now", 1, 1)]
    [InlineData("form.x > 1 && math.random 1 10 > 5", "math.random", 1, 15)]
    [InlineData("include 'secret.txt'", "include", 1, 1)]
    [InlineData("object.eval 'form.x'", "object.eval", 1, 1)]
    public void Parse_DisabledBuiltin_IsReportedAtLoadTime(string source, string name, int line, int column)
    {
        ExpressionError error = Assert.Single(Expression.Parse(source).Errors);

        Assert.Contains($"`{name}` is not available", error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_DeeplyNestedExpression_IsAnErrorNotACrash()
    {
        string source = new string('(', 5000) + "1" + new string(')', 5000);

        Assert.False(Expression.Parse(source).Success);
    }
}
