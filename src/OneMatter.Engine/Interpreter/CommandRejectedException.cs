namespace OneMatter.Engine.Interpreter;

/// <summary>Thrown inside the interpreter to abandon a command; never escapes
/// <see cref="MatterEngine.Handle"/>, which turns it into a rejection.</summary>
internal sealed class CommandRejectedException(Rejection rejection) : Exception(rejection.Message)
{
    public Rejection Rejection { get; } = rejection;
}
