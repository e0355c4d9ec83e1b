using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.BuildingBlocks;
using Portal.BuildingBlocks.Modules;
using Portal.BuildingBlocks.MultiTenancy;
using Portal.Calendar.Contracts;
using Portal.Inquiries.Contracts;
using Portal.Inquiries.Domain;
using Portal.Inquiries.Domain.Enterprises;
using Portal.Inquiries.Persistence;
using Portal.Tenancy.Contracts;

namespace Portal.Inquiries.Seeding;

/// <summary>
/// With demo data on, the first start puts about twenty realistic inquiries into an empty pipeline: enterprises
/// from Guangdong, Zhejiang, Jiangsu, Shanghai and elsewhere (valid credit codes), routed to several prefectures,
/// some signed and landed with funds in place, so that the back office and the statistics are not empty.
/// Built through the same aggregates as the API; the mails of real inquiries are not sent for them.
/// </summary>
internal sealed class DemoInquirySeeder(
    IServiceScopeFactory scopes,
    ITenancyModule tenancy,
    ICurrentTenant currentTenant,
    IOptions<PortalOptions> options,
    IOptions<DeadlineOptions> deadlines,
    TimeProvider time,
    ILogger<DemoInquirySeeder> logger) : IDataSeeder
{
    /// <summary>After the prefectures, the taxonomy and the demo catalogue.</summary>
    public int Order => 400;

    private sealed record Demo(
        string Enterprise, string Division, string Org, string Contact, string Mobile, string Chain, decimal InvestmentWan, decimal? LandMu,
        string[] Prefectures, string Stage, int DaysAgo, decimal? SignedWan = null, string Sector = Sectors.Secondary, bool Industrial = true,
        decimal[]? Funds = null, string Message = "");

    private static readonly Demo[] Demos =
    [
        new("深圳市智联自动化装备有限公司", "440300", "MA5FQ7X2L", "陈志强", "13823456781", "equipment-manufacturing", 80000m, 200m, ["qujing"], InquiryStages.Landed, 150, 80000m, Funds: [20000m, 15000m], Message: "拟在曲靖建设工业机器人及智能产线生产基地。"),
        new("宁波海锂新能源科技有限公司", "330200", "MA2H8K3P1", "王丽娜", "13957812345", "new-energy-battery", 150000m, 500m, ["qujing", "yuxi"], InquiryStages.Signed, 90, 120000m, Funds: [30000m], Message: "计划投资建设年产10GWh储能电池项目，关注绿电价格。"),
        new("苏州晶合光伏材料有限公司", "320500", "MA1MNB7Q4", "李建国", "13862198765", "photovoltaic", 60000m, 300m, ["chuxiong"], InquiryStages.Visited, 40, Message: "考察单晶硅片切片项目落地条件。"),
        new("上海申铝新材料股份有限公司", "310115", "MA1G5R6T9", "张伟", "13901827364", "green-aluminium", 200000m, 800m, ["wenshan", "honghe"], InquiryStages.Contacted, 25, Message: "寻求绿色铝精深加工合作园区。"),
        new("广州粤康生物医药有限公司", "440100", "MA59XK2H7", "刘芳", "13711223344", "biomedicine", 35000m, 80m, ["kunming"], InquiryStages.Signed, 120, 35000m, Sectors.Secondary, true, [8000m, 6000m, 5000m], "拟建设中药配方颗粒生产线。"),
        new("杭州云栖数字物流有限公司", "330100", "MA27WQ8E3", "赵敏", "13588990011", "logistics", 25000m, 150m, ["xishuangbanna"], InquiryStages.Landed, 200, 25000m, Sectors.Tertiary, false, [10000m, 10000m], "依托中老铁路建设跨境冷链物流中心。"),
        new("江苏常瑞精细化工有限公司", "320400", "MA1X3YB56", "孙浩", "13912345670", "fine-chemicals", 45000m, 260m, ["qujing"], InquiryStages.Routed, 2, Message: "了解化工园区准入与环评要求。"),
        new("东莞恒达食品有限公司", "441900", "MA4W7N8C2", "黄晓燕", "13650001122", "food-processing", 12000m, 60m, ["puer"], InquiryStages.Received, 0, Message: "希望采购普洱咖啡豆并就地深加工。"),
        new("浙江绿源农业发展有限公司", "330700", "MA2DGF5K8", "周强", "13757123456", "plateau-agriculture", 8000m, 1200m, ["lijiang", "dali"], InquiryStages.Routed, 6, Message: "高原特色蔬菜种植基地及冷链。"),
        new("上海康养健康管理有限公司", "310104", "MA1K9P2W5", "吴静", "13817654321", "health-elderly-care", 30000m, 100m, ["dali"], InquiryStages.Contacted, 18, Message: "候鸟式康养社区项目。"),
        new("深圳南方储能技术有限公司", "440300", "MA5G2KT81", "郑凯", "13798765432", "new-energy-battery", 90000m, 400m, ["zhaotong"], InquiryStages.Closed, 60, Message: "储能项目选址。"),
        new("南京华宁新材料科技有限公司", "320100", "MA1Y6U4R3", "冯雪", "13851234567", "new-materials", 40000m, 180m, ["yuxi"], InquiryStages.Triaged, 1, Message: "电子级新材料项目。"),
        new("温州瓯越装备制造有限公司", "330300", "MA2J4L6N0", "陈晨", "13868112233", "advanced-manufacturing", 22000m, 90m, ["honghe"], InquiryStages.Visited, 35, Message: "中小型电机生产基地。"),
        new("佛山佳美铝业有限公司", "440600", "MA4UR1B97", "林峰", "13690123456", "green-aluminium", 110000m, 600m, ["wenshan"], InquiryStages.Signed, 150, 150000m, Funds: [50000m, 40000m], Message: "再生铝及铝型材一体化项目。"),
        new("无锡锡能硅业有限公司", "320200", "MA1P8Q3E2", "钱磊", "13961234567", "green-silicon", 130000m, 700m, ["baoshan"], InquiryStages.Landed, 260, 130000m, Funds: [60000m, 30000m, 20000m], Message: "工业硅及多晶硅项目。"),
        new("成都蜀道文旅发展有限公司", "510100", "MA6CX2Y45", "何丽", "13880123456", "cultural-tourism", 18000m, 300m, ["lijiang"], InquiryStages.Contacted, 12, Sector: Sectors.Tertiary, Industrial: false, Message: "古镇文旅综合体。"),
        new("上海申易跨境贸易有限公司", "310115", "MA1H7J2K6", "顾佳", "13916543210", "logistics", 9000m, null, ["dehong"], InquiryStages.Received, 0, Message: "瑞丽口岸跨境贸易。"),
        new("湖南湘江有机硅材料有限公司", "430100", "MA4L5M6N7", "彭涛", "13975123456", "organic-silicon", 70000m, 350m, ["zhaotong", "qujing"], InquiryStages.Routed, 4, Message: "有机硅单体及下游深加工。"),
        new("广东粤电绿能科技有限公司", "440100", "MA59Q8W3E", "杨帆", "13600112233", "photovoltaic", 50000m, 1000m, ["lincang"], InquiryStages.Signed, 80, 50000m, Funds: [12000m], Message: "农光互补光伏电站。"),
        new("杭州西湖医药研发有限公司", "330100", "MA27KL3M4", "沈怡", "13605718899", "biomedicine", 15000m, 50m, ["kunming"], InquiryStages.Visited, 30, Message: "创新药中试基地。"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.DemoData)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<InquiriesDbContext>();
        if (await db.Inquiries.AnyAsync(cancellationToken))
        {
            return;
        }

        var calendar = await scope.ServiceProvider.GetRequiredService<IWorkingCalendarProvider>().GetAsync(cancellationToken);
        var prefectures = (await tenancy.ListActivePrefecturesAsync(cancellationToken)).ToDictionary(p => p.Slug, StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var seeded = 0;
        foreach (var demo in Demos)
        {
            var tenantsOfDemo = demo.Prefectures.Where(prefectures.ContainsKey).Select(slug => prefectures[slug]).ToList();
            if (tenantsOfDemo.Count == 0 && demo.Stage is not (InquiryStages.Received or InquiryStages.Triaged or InquiryStages.Closed))
            {
                continue;
            }

            await SeedOneAsync(db, calendar, demo, tenantsOfDemo, now, cancellationToken);
            seeded++;
        }

        logger.LogInformation("Seeded {Count} demo inquiries", seeded);
    }

    private async Task SeedOneAsync(
        InquiriesDbContext db, WorkingCalendar calendar, Demo demo, List<PrefectureDto> routedTo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var receivedAt = now.AddDays(-demo.DaysAgo).AddHours(-3);
        var at = new DeadlineClock(calendar, deadlines.Value, receivedAt);
        var first17 = "91" + demo.Division + demo.Org;
        var creditCode = first17 + CreditCode.ComputeCheckCharacter(first17);
        var province = Provinces.FindByDivisionCode(demo.Division)?.Name ?? "广东省";
        var content = new InquiryContent(demo.Enterprise, creditCode, province, demo.Contact, demo.Mobile,
            $"invest{Math.Abs(demo.Enterprise.GetHashCode(StringComparison.Ordinal)) % 10000}@example.com", demo.Chain, demo.InvestmentWan,
            demo.LandMu, null, demo.Prefectures, [], demo.Message);
        var inquiry = Inquiry.Receive(content, demo.DaysAgo % 3 == 0 ? InquirySources.Roadshow : InquirySources.WebForm, receivedAt, at, null, null);
        inquiry.MarkAcknowledged(receivedAt);
        db.Inquiries.Add(inquiry);
        db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, receivedAt, TimelineKinds.Received, Actor.System, InquiryStages.Received));
        var bureau = new Actor(null, "省投资促进局", true);
        using (currentTenant.Change(null))
        {
            if (demo.Stage == InquiryStages.Triaged)
            {
                inquiry.ChangeOwnStage(InquiryStages.Triaged, null, byHost: true);
            }
            else if (demo.Stage == InquiryStages.Closed && routedTo.Count == 0)
            {
                inquiry.ChangeOwnStage(InquiryStages.Closed, CloseReasons.ChoseAnotherLocation, byHost: true);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        if (demo.Stage is InquiryStages.Received or InquiryStages.Triaged)
        {
            return;
        }

        var routedAt = receivedAt.AddHours(20);
        var stages = new List<InquiryCase>();
        foreach (var prefecture in routedTo)
        {
            using (currentTenant.Change(prefecture.Id, prefecture.Slug))
            {
                var inquiryCase = InquiryCase.Open(inquiry.Id, prefecture.Id, prefecture.Slug, at with { Now = routedAt });
                db.Cases.Add(inquiryCase);
                db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, routedAt, TimelineKinds.Routed, bureau, InquiryStages.Routed));
                // Only the first prefecture carries the project forward; the others stay in talks.
                var target = prefecture == routedTo[0] ? demo.Stage : StageOrderOf(demo.Stage) > 2 ? InquiryStages.Contacted : demo.Stage;
                Advance(db, inquiryCase, demo, target, routedAt, at, new Actor(null, prefecture.Name + "投资促进局", false));
                await db.SaveChangesAsync(cancellationToken);
                stages.Add(inquiryCase);
            }
        }

        using (currentTenant.Change(null))
        {
            inquiry.MarkRouted(routedAt);
            inquiry.DeriveStage([.. stages.Select(c => c.Stage)]);
            inquiry.UpdateNextDueAt(stages.Select(c => c.NextDueAt));
            db.InquiryTimeline.Add(InquiryTimelineEntry.Of(inquiry.Id, routedAt, TimelineKinds.Routed, bureau, InquiryStages.Routed,
                data: new Dictionary<string, string> { ["prefectures"] = string.Join(",", routedTo.Select(p => p.Slug)) }));
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }

    private static int StageOrderOf(string stage) => InquiryStages.All.ToList().IndexOf(stage);

    private static void Advance(InquiriesDbContext db, InquiryCase inquiryCase, Demo demo, string target, DateTimeOffset routedAt, DeadlineClock at, Actor actor)
    {
        var path = new[] { InquiryStages.Contacted, InquiryStages.Visited, InquiryStages.Signed, InquiryStages.Landed };
        var when = routedAt;
        if (target == InquiryStages.Closed)
        {
            when = when.AddDays(2);
            inquiryCase.ChangeStage(InquiryStages.Closed, null, null, CloseReasons.ChoseAnotherLocation, byHost: false, at with { Now = when });
            db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, when, TimelineKinds.StageChanged, actor, InquiryStages.Closed,
                data: new Dictionary<string, string> { ["reason"] = CloseReasons.ChoseAnotherLocation }));
            return;
        }

        foreach (var stage in path.TakeWhile(stage => StageOrderOf(stage) <= StageOrderOf(target)))
        {
            when = when.AddDays(stage == InquiryStages.Contacted ? 1 : Math.Max(1, demo.DaysAgo / 6));
            var day = DateOnly.FromDateTime(WorkingCalendar.ToChinaStandardTime(when).DateTime);
            var signing = stage == InquiryStages.Signed
                ? new Signing(day, demo.SignedWan ?? demo.InvestmentWan, demo.Sector, demo.Industrial, Provinces.FindByDivisionCode(demo.Division)?.Name ?? "广东省")
                : null;
            inquiryCase.ChangeStage(stage, signing, stage == InquiryStages.Landed ? day : null, null, byHost: false, at with { Now = when });
            db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, when, TimelineKinds.StageChanged, actor, stage));
            if (stage == InquiryStages.Signed)
            {
                var tranche = when;
                foreach (var amount in demo.Funds ?? [])
                {
                    tranche = tranche.AddDays(Math.Max(3, demo.DaysAgo / 8));
                    var receivedOn = DateOnly.FromDateTime(WorkingCalendar.ToChinaStandardTime(tranche).DateTime);
                    db.Funds.Add(inquiryCase.AddFunds(amount, receivedOn, tranche, actor.Name));
                    db.CaseTimeline.Add(CaseTimelineEntry.Of(inquiryCase, tranche, TimelineKinds.FundsReceived, actor, InquiryStages.Signed,
                        data: new Dictionary<string, string> { ["amountWan"] = amount.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
                }
            }
        }
    }
}
