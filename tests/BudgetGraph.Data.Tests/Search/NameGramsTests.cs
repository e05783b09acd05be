using BudgetGraph.Data.Search;

namespace BudgetGraph.Data.Tests.Search;

/// <summary>The one definition of a name's grams (<see cref="NameGrams"/>): adjacent BMP ideographs, verbatim.</summary>
public sealed class NameGramsTests
{
    [Theory]
    [InlineData("居民满意率", "居民 民满 满意 意率")]
    [InlineData("重庆市南岸区人民政府南坪街道办事处", "重庆 庆市 市南 南岸 岸区 区人 人民 民政 政府 府南 南坪 坪街 街道 道办 办事 事处")]
    [InlineData("满意满意度", "满意 意满 意度")]                 // distinct, in order of first occurrence
    [InlineData("群众满意度≥90%", "群众 众满 满意 意度")]        // no gram across ≥, digits or %
    [InlineData("GDP增长", "增长")]                            // letters make no gram
    [InlineData("ＧＤＰ增长", "增长")]                          // nor full-width letters
    [InlineData("满 意", "")]                                  // nor across a space
    [InlineData("满\u200B意", "")]                             // nor across a zero-width space
    [InlineData("南\U00020000坪", "")]                          // a supplementary ideograph (surrogate pair) separates
    [InlineData("\U00020000\U00020001", "")]                   // and makes no gram itself
    [InlineData("南坪\uD800", "南坪")]                          // a lone surrogate neither
    [InlineData("\uDC00南坪", "南坪")]
    [InlineData("满", "")]                                     // one character: no gram (answered by a scan)
    [InlineData("", "")]
    public void Grams_are_pairs_of_adjacent_ideographs(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', NameGrams.Of(text)));

    [Fact]
    public void No_text_has_no_gram()
    {
        Assert.Empty(NameGrams.Of(null));
        Assert.Empty(NameGrams.OfPattern(null));
    }

    [Fact]
    public void The_range_is_the_CJK_Unified_Ideographs_block()
    {
        Assert.Equal(["\u4E00\u9FFF"], NameGrams.Of("\u4E00\u9FFF"));
        Assert.Empty(NameGrams.Of("\u4DFF\u4E00"));   // a hexagram symbol before the block
        Assert.Empty(NameGrams.Of("\u9FFF\uA000"));   // a Yi syllable after it
        Assert.Empty(NameGrams.Of("\uF900\uF901"));   // compatibility ideographs
    }
}
