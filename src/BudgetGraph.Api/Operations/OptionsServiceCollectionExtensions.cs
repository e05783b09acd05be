using Microsoft.Extensions.Options;

namespace BudgetGraph.Api.Operations;

public static class OptionsServiceCollectionExtensions
{
    /// <summary>
    /// The one way this service reads settings: <typeparamref name="TOptions"/> bound from configuration section
    /// <paramref name="sectionName"/>, checked by its data annotations (and any <see cref="IValidateOptions{TOptions}"/>
    /// registered for it) once, when the host starts. A bad value stops the start with an
    /// <see cref="OptionsValidationException"/> that names the setting and what is allowed.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TOptions : class =>
        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(sectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
