using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.Inquiries.Domain.Enterprises;
using Xunit;

namespace Portal.Inquiries.Tests.Enterprises;

public sealed class EnterpriseMessagesTests
{
    private static readonly ResourceManager Resources = new(typeof(EnterpriseMessages).FullName!, typeof(EnterpriseMessages).Assembly);

    /// <summary>One refusal for every reason the parsers give.</summary>
    private static IEnumerable<EnterpriseViolation> EveryViolation()
    {
        foreach (var code in new[] { "", "123", "91350100I000100Y43", "91A30100M000100Y4Q", "91350100M000100Y44" })
        {
            Assert.False(CreditCode.TryParse(code, out _, out var violation));
            yield return violation;
        }

        foreach (var mobile in new[] { "", "13800x38000", "0871-12345678", "1380013800", "12800138000" })
        {
            Assert.False(MainlandMobile.TryParse(mobile, out _, out var violation));
            yield return violation;
        }

        foreach (var province in new[] { "", "火星" })
        {
            Assert.False(Provinces.TryParse(province, out _, out var violation));
            yield return violation;
        }
    }

    [Fact]
    public void Every_message_exists_in_Chinese_and_in_English()
    {
        var chinese = Keys(CultureInfo.InvariantCulture);
        var english = Keys(new CultureInfo("en"));

        Assert.NotEmpty(chinese);
        Assert.Equal(chinese.Order(StringComparer.Ordinal), english.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_reason_has_a_distinct_code_and_a_message_with_all_its_arguments_filled_in()
    {
        var violations = EveryViolation().ToList();
        Assert.Equal(violations.Count, violations.Select(v => v.Code).Distinct().Count());
        Assert.Equal(Keys(CultureInfo.InvariantCulture), violations.Select(v => v.MessageKey).ToHashSet());

        foreach (var violation in violations)
        {
            foreach (var culture in new[] { CultureInfo.InvariantCulture, new CultureInfo("en") })
            {
                var format = Resources.GetString(violation.MessageKey, culture)!;
                Assert.DoesNotContain("{", string.Format(culture, format, violation.Arguments), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_localizer_answers_in_Chinese_by_default_and_in_English_on_request()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var text = new StringLocalizer<EnterpriseMessages>(factory);
        Assert.False(CreditCode.TryParse("91350100M000100Y4", out _, out var violation));

        var chinese = WithCulture("zh-CN", () => EnterpriseMessages.Describe(text, violation));
        var english = WithCulture("en", () => EnterpriseMessages.Describe(text, violation));

        Assert.Equal("统一社会信用代码应为 18 位，当前为 17 位。", chinese);
        Assert.Equal("A unified social credit code has 18 characters; this one has 17.", english);
    }

    private static string WithCulture(string name, Func<string> read)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static HashSet<string> Keys(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
    }
}
