using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Http;

/// <summary>
/// Puts ASP.NET Core's response compression in the pipeline, ahead of every endpoint, when
/// <see cref="GraphQLHttpOptions.CompressResponses"/> (see <see cref="ResponseContentCoding"/>).
/// </summary>
internal sealed class ResponseCompressionStartupFilter(IOptions<GraphQLHttpOptions> options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (options.Value.CompressResponses)
            app.UseResponseCompression();
        next(app);
    };
}
