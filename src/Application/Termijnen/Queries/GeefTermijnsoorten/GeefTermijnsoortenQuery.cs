using Mediator;
using PassendOnderwijs.Application.Common.Autorisatie;
using PassendOnderwijs.Domain.Common;

namespace PassendOnderwijs.Application.Termijnen.Queries.GeefTermijnsoorten;

/// <summary>The deadline engine's table: every term, its length, basis, who acts and how far ahead it warns. Public: the law and the policy are.</summary>
[Toegang(Openbaar = true)]
public sealed record GeefTermijnsoortenQuery : IQuery<Result<TermijnsoortenDto>>;
