using FluentValidation;
using PassendOnderwijs.Application.Common.Lijsten;
using PassendOnderwijs.Application.Common.Synctokens;

namespace PassendOnderwijs.Application.Toelaatbaarheidsverklaringen.Queries.GeefTlvSync;

public sealed class GeefTlvSyncValidator : AbstractValidator<GeefTlvSyncQuery>
{
    public GeefTlvSyncValidator() => RuleFor(q => q.PageSize).MoetPaginagrootteZijn(Syncfeed.MaximalePageSize);
}
