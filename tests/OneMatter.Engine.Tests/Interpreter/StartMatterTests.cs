using OneMatter.Engine.Commands;
using OneMatter.Engine.Effects;
using OneMatter.Engine.Events;
using OneMatter.Engine.Forms;
using OneMatter.Engine.Instances;
using OneMatter.Engine.Interpreter;

namespace OneMatter.Engine.Tests.Interpreter;

/// <summary>申请: starting a matter, and every way its form can be refused.</summary>
public class StartMatterTests
{
    private const string Yaml = """
        id: test
        name: 表单测试
        name-en: Form test
        family: approval
        lead: agri
        jurisdiction: form.township
        deadline: 15 working days
        form:
          - { id: name, label: 申请人, required: true, min: 2, max: 10 }
          - { id: code, label: 编码, pattern: '[A-Z]{2}[0-9]{4}' }
          - { id: area, label: 面积, type: number, min: 1, max: 500 }
          - { id: planned, label: 开工日期, type: date, min-date: 2026-01-01, max-date: 2026-12-31 }
          - { id: build_type, label: 建房类型, type: choice, options: [ { value: new, label: 新建 }, { value: rebuild, label: 翻建 } ] }
          - { id: id_number, label: 身份证号, type: id-card }
          - { id: phone, label: 电话, type: phone }
          - { id: township, label: 乡镇, type: jurisdiction, level: township, required: true }
        start: accept
        nodes:
          accept:
            type: task
            name: 受理
            assignee: { kind: township-service-window, jurisdiction: form.township }
            outcomes: { accept: done }
          done: { type: end, name: 完成, result: approved }
        """;

    private static Dictionary<string, string?> Valid() => new() { ["name"] = "张三", ["township"] = "east" };

    private static Dictionary<string, string?> With(string field, string? value)
    {
        var form = Valid();
        form[field] = value;
        return form;
    }

    /// <summary>A valid 18-character number whose check character is <paramref name="check"/>
    /// (or any, when null), born 1990-03-07.</summary>
    internal static string IdCard(char? check = null)
    {
        for (var sequence = 100; sequence < 1000; sequence++)
        {
            var first17 = "330822" + "19900307" + sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var c = IdCardNumber.CheckCharacter(first17);
            if (check is null || c == check)
            {
                return first17 + c;
            }
        }
        throw new InvalidOperationException("no sequence gives " + check);
    }

    [Fact]
    public void Start_ValidForm_StartsWithCanonicalValuesLeadPlaceAndFirstTask()
    {
        var h = MatterHarness.For(Yaml);
        var idNumber = IdCard('X');
        h.Start(new Dictionary<string, string?>
        {
            ["name"] = " 张三 ", ["code"] = "AB1234", ["area"] = " 120 ", ["planned"] = "2026-05-01",
            ["build_type"] = "new", ["id_number"] = idNumber.ToLowerInvariant(), ["phone"] = "13812345678", ["township"] = "east",
        });

        var state = h.State!;
        Assert.Equal(MatterStatus.Running, state.Status);
        Assert.Equal("M1", state.InstanceId);
        Assert.Equal("alice", state.Applicant);
        Assert.Equal("Q1", state.QueryCode);
        Assert.Equal("east", state.Jurisdiction);
        Assert.Equal("agri", state.LeadUnit);
        Assert.Equal("张三", state.Form["name"]);
        Assert.Equal("120", state.Form["area"]);
        Assert.Equal(idNumber, state.Form["id_number"]);
        var started = Assert.Single(h.EventsOf<MatterStarted>());
        Assert.Equal("test", started.DefinitionId);
        Assert.Equal("agri", started.LeadUnit);
        Assert.Equal("east-window", h.Task("accept").Items.Single().Unit);
        Assert.NotNull(state.MatterDeadline);
        Assert.Contains(h.Effects.OfType<Notify>(), n => n.To == "east-window" && n.Kind == NotificationKind.Handoff);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("0570-1234567")]
    [InlineData("05701234567")]
    public void Start_PhoneNumber_MobileAndLandlineAccepted(string phone)
    {
        var h = MatterHarness.For(Yaml);
        h.Start(With("phone", phone));
        Assert.Equal(phone, h.State!.Form["phone"]);
    }

    [Fact]
    public void Start_MissingRequiredFields_RefusedNamingEveryOne()
    {
        var h = MatterHarness.For(Yaml);
        var rejection = h.Refused(Start(new Dictionary<string, string?> { ["area"] = "10" }), RejectionCode.InvalidField);
        Assert.Equal("name", rejection.Field);
        Assert.Equal(["name", "township"], rejection.Errors.Select(e => e.Field));
        Assert.Null(h.State);
    }

    [Theory]
    [InlineData("name", "张")]                   // shorter than min 2
    [InlineData("name", "张三李四王五赵六孙七周")]   // longer than max 10
    [InlineData("name", "   ")]                  // blank is missing
    [InlineData("code", "ab1234")]               // pattern: upper-case letters
    [InlineData("code", "AB12345")]              // pattern must match the whole text
    [InlineData("area", "0")]                    // below min
    [InlineData("area", "500.5")]                // above max
    [InlineData("area", "一百")]                  // not a number
    [InlineData("planned", "2026/05/01")]        // not yyyy-MM-dd
    [InlineData("planned", "2026-02-30")]        // not a real date
    [InlineData("planned", "2025-12-31")]        // before min-date
    [InlineData("planned", "2027-01-01")]        // after max-date
    [InlineData("build_type", "demolish")]       // not an option
    [InlineData("build_type", "new;rebuild")]    // two values for a single choice
    [InlineData("phone", "12345")]
    [InlineData("phone", "23812345678")]         // mobiles start 13-19
    [InlineData("township", "east-v1")]          // a village where a township is asked for
    [InlineData("township", "county")]           // a county where a township is asked for
    [InlineData("township", "atlantis")]         // not a place
    public void Start_InvalidValue_RefusedNamingTheField(string field, string value)
    {
        var h = MatterHarness.For(Yaml);
        var rejection = h.Refused(Start(With(field, value)), RejectionCode.InvalidField);
        Assert.Equal(field, rejection.Field);
        Assert.Equal(field, Assert.Single(rejection.Errors).Field);
    }

    [Fact]
    public void Start_IdCardWithWrongCheckCharacter_Refused()
    {
        var valid = IdCard();
        var wrong = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var h = MatterHarness.For(Yaml);
        var rejection = h.Refused(Start(With("id_number", wrong)), RejectionCode.InvalidField);
        Assert.Equal("id_number", rejection.Field);
        Assert.Contains("校验位", rejection.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(19)]
    public void Start_IdCardOfWrongLength_Refused(int length)
    {
        var number = (IdCard() + "0")[..length];
        var h = MatterHarness.For(Yaml);
        Assert.Equal("id_number", h.Refused(Start(With("id_number", number)), RejectionCode.InvalidField).Field);
    }

    [Fact]
    public void Start_IdCardWithImpossibleBirthDate_Refused()
    {
        var first17 = "330822" + "19900230" + "123";
        var number = first17 + IdCardNumber.CheckCharacter(first17);
        var h = MatterHarness.For(Yaml);
        var rejection = h.Refused(Start(With("id_number", number)), RejectionCode.InvalidField);
        Assert.Equal("id_number", rejection.Field);
        Assert.Contains("出生日期", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_UnknownField_RefusedNamingIt()
    {
        var h = MatterHarness.For(Yaml);
        var rejection = h.Refused(Start(With("nickname", "三儿")), RejectionCode.InvalidField);
        Assert.Equal("nickname", rejection.Field);
    }

    [Fact]
    public void Start_SecondTimeOnTheSameInstance_IsAConflict()
    {
        var h = MatterHarness.For(Yaml);
        h.Start(Valid());
        var rejection = h.Refused(Start(Valid()), RejectionCode.Conflict);
        Assert.Contains("M1", rejection.Message, StringComparison.Ordinal);
        Assert.Single(h.EventsOf<MatterStarted>());
    }

    [Fact]
    public void Start_WithoutInstanceId_RefusedNamingIt()
    {
        var h = MatterHarness.For(Yaml);
        var command = Start(Valid()) with { InstanceId = " " };
        Assert.Equal("instanceId", h.Refused(command, RejectionCode.InvalidField).Field);
    }

    [Theory]
    [InlineData(ActorKind.Designer)]
    [InlineData(ActorKind.Supervisor)]
    public void Start_ByDesignerOrSupervisor_IsNotTheirs(ActorKind kind)
    {
        var h = MatterHarness.For(Yaml);
        h.Refused(Start(Valid()) with { Actor = new Actor("someone", kind, "command") }, RejectionCode.NotYourTask);
    }

    [Fact]
    public void Start_ByWindowOfficerOnBehalfOfApplicant_RecordsTheApplicant()
    {
        var h = MatterHarness.For(Yaml);
        h.Must(Start(Valid()) with { Actor = MatterHarness.Officer("east-window"), Applicant = "bob" });
        Assert.Equal("bob", h.State!.Applicant);
        Assert.Equal("officer.east-window", h.EventsOf<MatterStarted>().Single().Actor);
    }

    [Fact]
    public void Command_BeforeStart_IsNotAllowed()
    {
        var h = MatterHarness.For(Yaml);
        h.Refused(new CommentOnMatter { Actor = Actor.ApplicantAccount("alice"), Text = "hi" }, RejectionCode.NotAllowedInState);
    }

    private static StartMatter Start(IReadOnlyDictionary<string, string?> form) =>
        new() { Actor = Actor.ApplicantAccount("alice"), InstanceId = "M1", Form = form };
}
