namespace BudgetGraph.Api.StaticFiles;

/// <summary>
/// What a front end's page may do, sent with the page by <see cref="EmbeddedStaticFiles"/>, which writes every
/// security header of the IDE and the dashboard in one place: this <c>Content-Security-Policy</c> and
/// <c>Referrer-Policy</c>, and for every page <c>X-Frame-Options: DENY</c> (for browsers that predate the policy's
/// <c>frame-ancestors 'none'</c>) and <c>X-Content-Type-Options: nosniff</c>.
/// </summary>
/// <param name="ContentSecurityPolicy">The page's policy; it must forbid framing (<c>frame-ancestors 'none'</c>).</param>
/// <param name="ReferrerPolicy">E.g. <c>no-referrer</c>, <c>same-origin</c>.</param>
public sealed record PageSecurityPolicy(string ContentSecurityPolicy, string ReferrerPolicy);
