using System.Collections.Immutable;
using System.Globalization;
using OneMatter.Engine.Definitions;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Instances;

namespace OneMatter.Engine.Interpreter;

/// <summary>Automatic nodes: timers, documents, notifications and calls to other matters.</summary>
internal sealed partial class Decider
{
    private void Wait(Token token, TimerNode timer)
    {
        DateTimeOffset due;
        if (timer.Duration is { } duration)
        {
            due = _calendar.Add(Now, duration).At;
        }
        else
        {
            due = UntilInstant(timer);
        }
        if (due <= Now)
        {
            Move(token, timer.Next, timer.Id);
            return;
        }
        StartTimer(new TimerState { Id = NextId("tm"), Kind = TimerKind.Node, Due = due, Token = token.Id });
    }

    private DateTimeOffset UntilInstant(TimerNode timer)
    {
        var value = Evaluate(timer.Until!, new What("until of {1}", "", timer.Id));
        switch (value)
        {
            case DateTimeOffset instant:
                return instant.ToUniversalTime();
            case DateTime dateTime:
                return new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc));
            case string text when DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return LocalMidnight(date);
            case string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                return parsed.ToUniversalTime();
            default:
                Reject(RejectionCode.ExpressionFailed,
                    $"until of {NodeName(timer.Id)} must give a date (yyyy-MM-dd) or a date-time, gave \"{value}\"");
                return default;
        }
    }

    private DateTimeOffset LocalMidnight(DateOnly date)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        var offset = _calendar.ToLocal(new DateTimeOffset(midnight, TimeSpan.Zero)).Offset;
        return new DateTimeOffset(midnight, offset).ToUniversalTime();
    }

    private void Issue(string documentId, string node, string? supervised = null)
    {
        var document = _definition.Documents[documentId];
        var number = _state.InstanceId + "-D" + (_state.Version + 1).ToString(CultureInfo.InvariantCulture);
        Emit(new DocumentIssued { At = Now, Actor = Who, Unit = WhoUnit, Number = number, Document = document.Id, Template = document.Template, Node = node, Supervised = supervised });
        Effect(new RenderDocument { InstanceId = InstanceId, Number = number, Document = document.Id, Template = document.Template });
    }

    private void SendNotification(NotifyNode notify)
    {
        string message;
        try
        {
            message = notify.Message.Render(Scope(), htmlEscape: false);
        }
        catch (Expressions.ExpressionEvaluationException ex)
        {
            Reject(RejectionCode.ExpressionFailed, $"message of {NodeName(notify.Id)}: {ex.Message}");
            return;
        }
        var (kind, to) = notify.To switch
        {
            "applicant" => (RecipientKind.Applicant, _state.Applicant),
            "lead" => (RecipientKind.Unit, _state.LeadUnit),
            "command-centre" => (RecipientKind.Unit, CommandCentre()),
            var unit => (RecipientKind.Unit, unit),
        };
        Emit(new NotificationSent { At = Now, Actor = Who, Unit = WhoUnit, Node = notify.Id, To = to ?? notify.To, Message = message });
        if (to is not null)
        {
            Effect(new Notify { InstanceId = InstanceId, Recipient = kind, To = to, Kind = NotificationKind.Message, Message = message });
        }
    }

    private void StartCall(Token token, CallNode call)
    {
        var inputs = new List<KeyValuePair<string, string>>();
        foreach (var (field, expression) in call.Inputs)
        {
            var value = Evaluate(new Condition { Expression = expression }, new What("input {0} of {1}", field, call.Id));
            if (value is not null)
            {
                inputs.Add(new(field, Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
            }
        }
        var child = _state.InstanceId + "-" + call.Id + "-" + (_state.Version + 1).ToString(CultureInfo.InvariantCulture);
        var form = ValueMap<string>.From(inputs);
        Emit(new CallStarted { At = Now, Actor = Who, Unit = WhoUnit, Child = child, Matter = call.Matter, Node = call.Id, Token = token.Id, Inputs = form });
        Effect(new StartChildMatter { InstanceId = InstanceId, ChildInstanceId = child, Matter = call.Matter, Form = form });
    }
}
