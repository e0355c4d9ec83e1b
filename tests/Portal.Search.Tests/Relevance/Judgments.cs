namespace Portal.Search.Tests.Relevance;

/// <summary>A realistic query and the demo documents (by title) a person would want to see for it.</summary>
public sealed record Judgment(string Text, string[] Relevant)
{
    public string[] Prefectures { get; init; } = [];

    public SearchKind[] Kinds { get; init; } = [];

    public decimal? MinAvailableMu { get; init; }

    public override string ToString() =>
        Text + (Prefectures.Length > 0 ? $" [prefecture {string.Join(",", Prefectures)}]" : "")
             + (Kinds.Length > 0 ? $" [kind {string.Join(",", Kinds)}]" : "")
             + (MinAvailableMu is { } land ? $" [land >= {land}]" : "");
}

/// <summary>
/// The judged queries: what enterprises type (industry words, their synonyms, pinyin, English, a place
/// plus an industry, incentives) and, for each, every document of the demo catalogue that answers it.
/// </summary>
public static class Judgments
{
    private static readonly string[] Battery =
    [
        "曲靖经济技术开发区", "安宁工业园区", "玉溪高新技术产业开发区", "曲靖市支持新能源电池产业链延链补链强链若干措施",
        "玉溪市促进新能源电池材料产业发展若干政策", "云南省新能源电池产业发展三年行动支持政策（2021—2023年）",
        "曲靖经开区年产 10 万吨磷酸铁锂正极材料配套项目", "玉溪高新区动力电池回收及梯次利用项目",
    ];

    private static readonly string[] Aluminium =
    [
        "陆良绿色铝精深加工产业园", "鲁甸绿色铝产业园", "文山马塘工业园区", "富宁绿色铝产业园", "昭通市铝精深加工产业扶持办法",
        "云南省支持绿色铝和绿色硅光伏产业延链补链若干政策", "陆良再生铝及铝合金轮毂项目", "鲁甸铝合金建筑型材及汽车轻量化部件项目",
        "马塘铝板带箔精深加工项目",
    ];

    private static readonly string[] Photovoltaic =
    [
        "保山工贸园区", "华坪绿色硅光伏产业园", "楚雄高新技术产业开发区", "保山市支持绿色硅光伏产业发展若干措施",
        "楚雄州支持绿色硅光伏产业发展若干措施", "云南省支持绿色铝和绿色硅光伏产业延链补链若干政策",
        "保山工贸园区光伏电池片及组件配套项目", "楚雄高新区光伏玻璃及边框配套项目",
    ];

    private static readonly string[] Tourism =
    [
        "腾冲文旅康养产业园", "玉龙文化旅游产业园", "丽江市文旅康养产业招商引资优惠办法", "丽江纳西文化演艺及非遗体验街区",
        "大理州文化旅游和康养产业招商优惠政策", "怒江大峡谷生态文化旅游项目", "香格里拉文化旅游产业园", "滇藏线自驾营地及文旅综合体",
    ];

    private static readonly string[] ElderlyCare =
    [
        "腾冲文旅康养产业园", "腾冲温泉康养度假综合体", "玉龙文化旅游产业园", "丽江市文旅康养产业招商引资优惠办法",
        "大理州文化旅游和康养产业招商优惠政策", "大理旅居康养社区", "香格里拉文化旅游产业园",
    ];

    private static readonly string[] Qujing =
    [
        "曲靖经济技术开发区", "沾益工业园区", "陆良绿色铝精深加工产业园", "曲靖市支持新能源电池产业链延链补链强链若干措施",
        "曲靖经开区年产 10 万吨磷酸铁锂正极材料配套项目", "沾益有机硅下游硅橡胶及硅油精深加工项目", "陆良再生铝及铝合金轮毂项目",
        "云南省支持绿色铝和绿色硅光伏产业延链补链若干政策",
    ];

    private static readonly string[] ThreeSeven = ["文山三七产业园区", "文山州支持三七产业高质量发展若干措施", "三七总皂苷提取及中药配方颗粒项目"];

    public static IReadOnlyList<Judgment> All { get; } =
    [
        // Industry words and their synonyms (the host's list expands them).
        new("新能源电池", Battery),
        new("锂电", Battery),
        new("锂电池", Battery),
        new("动力电池", Battery),
        new("磷酸铁锂", ["曲靖经开区年产 10 万吨磷酸铁锂正极材料配套项目", "安宁工业园区"]),
        new("绿色铝", Aluminium),
        new("电解铝", Aluminium),
        new("铝箔", ["鲁甸绿色铝产业园", "富宁绿色铝产业园", "马塘铝板带箔精深加工项目", "文山马塘工业园区", "云南省支持绿色铝和绿色硅光伏产业延链补链若干政策"]),
        new("铝合金轮毂", ["陆良再生铝及铝合金轮毂项目"]),
        new("光伏", Photovoltaic),
        new("太阳能", Photovoltaic),
        new("单晶硅", ["保山工贸园区", "华坪绿色硅光伏产业园", "华坪单晶硅切片配套项目", "保山市支持绿色硅光伏产业发展若干措施", "云南省支持绿色铝和绿色硅光伏产业延链补链若干政策", "保山工贸园区光伏电池片及组件配套项目"]),
        new("有机硅", ["沾益工业园区", "沾益有机硅下游硅橡胶及硅油精深加工项目"]),
        new("硅橡胶", ["沾益有机硅下游硅橡胶及硅油精深加工项目", "沾益工业园区"]),
        new("文化旅游", Tourism),
        new("文旅", Tourism),
        new("康养", ElderlyCare),
        new("温泉", ["腾冲文旅康养产业园", "腾冲温泉康养度假综合体"]),
        new("疫苗", ["昆明高新区疫苗及生物制品合同研发生产（CDMO）平台", "昆明高新技术产业开发区", "昆明市支持生物医药产业高质量发展若干措施"]),
        new("三七", ThreeSeven),
        new("装备制造", ["昆明经济技术开发区", "曲靖经济技术开发区", "蒙自经济技术开发区", "大理经济技术开发区", "昆明经开区装备制造企业技术改造补助办法（2021—2023年）", "昆明经开区新能源商用车整车及关键零部件项目", "玉溪高新技术产业开发区"]),
        new("冷链物流", ["中老铁路王家营冷链物流集散中心", "普洱茶仓储交易及冷链物流中心", "祥云滇西区域冷链物流中心", "中老铁路西双版纳站进口水果冷链分拨中心", "通海蔬菜冷链及中央厨房项目", "祥云物流产业园", "普洱中老铁路物流产业园", "松茸冷链保鲜及冻干加工项目"]),
        new("综合保税区", ["红河综合保税区", "红河综保区面向东盟的电子产品组装项目", "红河州支持外向型加工贸易企业发展若干措施", "蒙自经济技术开发区"]),
        new("综保区", ["红河综合保税区", "红河综保区面向东盟的电子产品组装项目", "红河州支持外向型加工贸易企业发展若干措施", "蒙自经济技术开发区"]),
        new("咖啡", ["普洱绿色食品加工产业园", "普洱市支持咖啡和茶叶精深加工若干措施", "普洱精品咖啡烘焙及速溶咖啡生产线", "芒市咖啡产业园", "芒市小粒咖啡精深加工项目", "普洱中老铁路物流产业园"]),
        new("普洱茶", ["勐海茶产业园", "勐海普洱茶精制及茶饮原料项目", "普洱绿色食品加工产业园", "普洱茶仓储交易及冷链物流中心"]),
        new("坚果", ["临翔坚果产业园", "临沧澳洲坚果精深加工项目"]),
        new("草果", ["泸水绿色香料产业园", "怒江州草果产业招商引资扶持办法", "怒江草果精深加工项目"]),
        new("青稞", ["香格里拉青稞精深加工项目", "香格里拉高原生物产业园", "迪庆州高原特色生物产业发展扶持办法"]),
        new("乳制品", ["洱源生态乳制品精深加工项目", "洱源高原特色农业产业园", "祥云滇西区域冷链物流中心"]),
        new("预制菜", ["通海高原特色农产品加工园", "通海蔬菜冷链及中央厨房项目"]),
        new("锡", ["个旧锡基新材料产业园", "个旧锡基焊料及电子材料项目"]),

        // A place and an industry, with and without the prefecture suffix.
        new("曲靖 新能源电池", ["曲靖经济技术开发区", "曲靖市支持新能源电池产业链延链补链强链若干措施", "曲靖经开区年产 10 万吨磷酸铁锂正极材料配套项目"]),
        new("生物医药 昆明", ["昆明高新技术产业开发区", "昆明市支持生物医药产业高质量发展若干措施", "昆明高新区疫苗及生物制品合同研发生产（CDMO）平台", "昆明经济技术开发区"]),
        new("大理 文旅", ["大理州文化旅游和康养产业招商优惠政策", "大理旅居康养社区"]),
        new("中老铁路 物流", ["昆明经济技术开发区", "中老铁路王家营冷链物流集散中心", "普洱中老铁路物流产业园", "普洱茶仓储交易及冷链物流中心", "中老铁路西双版纳站进口水果冷链分拨中心", "西双版纳州支持中老铁路沿线产业发展若干措施"]),
        new("有机硅 曲靖", ["沾益工业园区", "沾益有机硅下游硅橡胶及硅油精深加工项目"]),
        new("曲靖市", Qujing),
        new("红河州 加工贸易", ["红河州支持外向型加工贸易企业发展若干措施", "红河综合保税区", "蒙自经济技术开发区"]),
        new("德宏 咖啡", ["芒市咖啡产业园", "芒市小粒咖啡精深加工项目"]),
        new("文山 三七", ThreeSeven),

        // Incentives.
        // Policies that name power price in their text or list it among their incentive kinds.
        new("电价", ["云南省支持绿色铝和绿色硅光伏产业延链补链若干政策", "云南省新能源电池产业发展三年行动支持政策（2021—2023年）", "曲靖市支持新能源电池产业链延链补链强链若干措施", "玉溪市促进新能源电池材料产业发展若干政策", "保山市支持绿色硅光伏产业发展若干措施", "昭通市铝精深加工产业扶持办法", "楚雄州支持绿色硅光伏产业发展若干措施"]),
        new("标准地", ["云南省促进招商引资重大项目加快落地若干措施", "曲靖市支持新能源电池产业链延链补链强链若干措施", "保山市支持绿色硅光伏产业发展若干措施"]),
        new("贷款贴息", ["云南省促进招商引资重大项目加快落地若干措施", "昆明市支持生物医药产业高质量发展若干措施", "普洱市支持咖啡和茶叶精深加工若干措施", "临沧市支持沿边进口资源落地加工若干措施", "红河州支持外向型加工贸易企业发展若干措施", "西双版纳州支持中老铁路沿线产业发展若干措施", "怒江州草果产业招商引资扶持办法"]),
        new("跨境电商", ["红河综合保税区"]),

        // Pinyin, initials and English, as typed on a latin keyboard.
        new("lvl", Aluminium),
        new("lvselv", Aluminium),
        new("xnydc", Battery),
        new("guangfu", Photovoltaic),
        new("sanqi", ThreeSeven),
        new("qujing", Qujing),
        new("battery", Battery),
        new("solar", Photovoltaic),

        // Filters picked next to the text.
        new("新能源电池", ["玉溪高新技术产业开发区", "玉溪市促进新能源电池材料产业发展若干政策", "玉溪高新区动力电池回收及梯次利用项目"]) { Prefectures = ["yuxi"] },
        new("绿色铝", ["陆良绿色铝精深加工产业园", "文山马塘工业园区"]) { MinAvailableMu = 4000 },
        new("光伏", ["保山工贸园区光伏电池片及组件配套项目", "楚雄高新区光伏玻璃及边框配套项目"]) { Kinds = [SearchKind.Project] },
    ];
}
