using Scriban.Runtime;

namespace OneMatter.Engine.Expressions;

/// <summary>
/// One thread's reusable evaluation state: a <see cref="SandboxContext"/>, a scratch global
/// object that receives the script's own assignments, and the deadline's token source.
/// Building a context with all builtins costs far more than a guard, so each thread keeps one
/// idle session and resets it between evaluations.
/// </summary>
/// <remarks>
/// Isolation: the caller's variables are pushed read-only, the script's assignments land in the
/// scratch object, which is cleared afterwards, and the builtins are frozen. A session whose
/// evaluation failed is discarded rather than reused, since Scriban may not have unwound its
/// scopes. Not thread-safe by design: a session never leaves its thread.
/// </remarks>
internal sealed class SandboxSession
{
    [ThreadStatic]
    private static SandboxSession? t_idle;

    [ThreadStatic]
    private static ScriptObject? t_builtins;

    private readonly ScriptObject _globals = new();
    private CancellationTokenSource _deadline = new();

    private SandboxSession(ScriptObject builtins)
    {
        Context = new SandboxContext(builtins);
    }

    public SandboxContext Context { get; }

    /// <summary>Takes this thread's idle session (or a new one) and prepares it for <paramref name="scope"/>.</summary>
    /// <remarks>Arming the deadline timer costs more than a short guard; a script without loops
    /// or functions cannot run long (<paramref name="mayRunLong"/> false), so it runs without one.</remarks>
    public static SandboxSession Rent(ExpressionScope scope, bool mayRunLong = true)
    {
        // Builtins are frozen, so a thread can share them between a discarded session and its successor.
        SandboxSession session = t_idle ?? new SandboxSession(t_builtins ??= SandboxBuiltins.Create());

        // A nested evaluation on this thread (none exist today) would get its own session.
        t_idle = null;
        session.Begin(scope, mayRunLong);
        return session;
    }

    /// <summary>Resets the session after a successful evaluation and keeps it for the next one.</summary>
    public void Return()
    {
        Context.PopGlobal();
        Context.PopGlobal();
        _globals.Clear();
        Context.Scope = null;
        Context.HtmlEscape = false;
        Context.CancellationToken = CancellationToken.None;

        // TryReset fails once the timer has fired; a cancelled source cannot be reused.
        if (!_deadline.TryReset())
        {
            _deadline.Dispose();
            _deadline = new CancellationTokenSource();
        }

        t_idle = this;
    }

    /// <summary>Drops the session after a failed evaluation; the next one on this thread starts clean.</summary>
    public void Discard() => _deadline.Dispose();

    private void Begin(ExpressionScope scope, bool mayRunLong)
    {
        if (mayRunLong)
        {
            _deadline.CancelAfter(SandboxLimits.Deadline);
            Context.CancellationToken = _deadline.Token;
        }
        Context.ResetPreviousNewLine();
        Context.Scope = scope;
        Context.PushGlobal(scope.Root);
        Context.PushGlobal(_globals);
    }
}
