using Lebenswelten.Core.Identity;

namespace Lebenswelten.Web.Tests.Security;

public enum Outcome
{
    Allowed,
    LoginRequired,
    Forbidden,
    NotFound,
    /// <summary>A 5xx or anything else no rule promises.</summary>
    Unexpected,
}

/// <summary>
/// Who calls in the authorization matrix. <see cref="RoleAtSite"/> is the role at Jena, the site every route is opened at;
/// <see cref="ActsForTheRoomOperator"/>: the role is held for the organisation that runs the matrix's telemedicine room.
/// </summary>
public sealed record Caller(string Name, string? Email, SiteRole? RoleAtSite = null, bool OwnsTheOffering = false, bool IsAdministrator = false,
    bool ActsForTheRoomOperator = false)
{
    public bool IsAnonymous => Email is null;
}

/// <summary>An access rule of the matrix: per caller, the outcome the app promises.</summary>
public sealed record AccessRule(string Name, Func<Caller, Outcome> Expect)
{
    public override string ToString() => Name;
}

/// <summary>The rules the matrix table uses. A new kind of access is one more rule here.</summary>
public static class AccessRules
{
    public static readonly AccessRule Public = new(nameof(Public), _ => Outcome.Allowed);

    /// <summary>Public, but the address needs a token or a record of the caller's own; the matrix has none: 404.</summary>
    public static readonly AccessRule NotFoundForAll = new(nameof(NotFoundForAll), _ => Outcome.NotFound);

    /// <summary>The page that says "access denied": open to all, and it answers 403 itself.</summary>
    public static readonly AccessRule AccessDeniedPage = new(nameof(AccessDeniedPage), _ => Outcome.Forbidden);

    public static readonly AccessRule SignedIn = new(nameof(SignedIn), c => c.IsAnonymous ? Outcome.LoginRequired : Outcome.Allowed);

    /// <summary>Logged in, and then only one's own record: someone else's (the matrix's) answers 404.</summary>
    public static readonly AccessRule SignedInOwnRecord = new(nameof(SignedInOwnRecord), c => c.IsAnonymous ? Outcome.LoginRequired : Outcome.NotFound);

    /// <summary>Identity's open endpoints we closed: they need a login (the fallback policy) and then answer 404.</summary>
    public static readonly AccessRule Closed = new(nameof(Closed), SignedInOwnRecord.Expect);

    /// <summary>The staff start page's API: any staff role at any site (or the administrator); residents 403.</summary>
    public static readonly AccessRule StaffAnywhere = new(nameof(StaffAnywhere), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.IsAdministrator || c.RoleAtSite != SiteRole.Resident ? Outcome.Allowed : Outcome.Forbidden);

    public static readonly AccessRule SiteCoordinator = SiteRoles(nameof(SiteCoordinator), SiteRole.Coordinator);

    public static readonly AccessRule OfferingManager = SiteRoles(nameof(OfferingManager), SiteRole.Provider, SiteRole.Coordinator);

    /// <summary>A back-office page of one offering: as <see cref="OfferingManager"/>, but another organisation's offering is not found.</summary>
    public static readonly AccessRule ProviderOfOffering = new(nameof(ProviderOfOffering), c =>
        OfferingManager.Expect(c) is Outcome.Allowed && c.RoleAtSite == SiteRole.Provider && !c.OwnsTheOffering ? Outcome.NotFound : OfferingManager.Expect(c));

    /// <summary>The API of one offering: any login gets past the policy, the domain (OfferingAccess) answers 404 to all but its managers.</summary>
    public static readonly AccessRule ApiProviderOfOffering = new(nameof(ApiProviderOfOffering), c =>
        c.IsAnonymous ? Outcome.LoginRequired
        : c.IsAdministrator || c.OwnsTheOffering || c.RoleAtSite == SiteRole.Coordinator ? Outcome.Allowed
        : Outcome.NotFound);

    /// <summary>
    /// Creating an offering: the site and organisation come in the body, so any login gets past authorization and an
    /// empty body fails validation; who may create where is OfferingsEditingApiRefusalTests' matter.
    /// </summary>
    public static readonly AccessRule ApiOfferingCreate = new(nameof(ApiOfferingCreate), SignedIn.Expect);

    public static readonly AccessRule Administrator = new(nameof(Administrator), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.IsAdministrator ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>Any staff role at the route's site (the policy SiteStaff); what a page then shows is the domain's matter.</summary>
    public static readonly AccessRule SiteStaff = SiteRoles(nameof(SiteStaff), [.. Lebenswelten.Core.Identity.SiteRoles.Staff.Where(r => r != SiteRole.Administrator)]);

    /// <summary>
    /// One telemedicine room's back office: past SiteStaff, only the room's managers or staff (the site's coordinators and
    /// the operator's desk staff: the provider and practice roles acting for it; the Jena demo room's operator is
    /// coordinator@jena's Stadtwerke) find it, the rest get 404 — insurer, jobcenter and evaluation roles even when they
    /// act for the operator. Administrators may manage rooms, but are no room staff (they see no reception).
    /// </summary>
    public static AccessRule RoomBackOffice(string name, bool administratorsToo) => new(name, c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.RoleAtSite == SiteRole.Coordinator || (administratorsToo && c.IsAdministrator)
            || (c.ActsForTheRoomOperator && c.RoleAtSite is SiteRole.Provider or SiteRole.Practice) ? Outcome.Allowed
        : Outcome.NotFound);

    public static readonly AccessRule RoomManager = RoomBackOffice(nameof(RoomManager), administratorsToo: true);

    public static readonly AccessRule RoomStaff = RoomBackOffice(nameof(RoomStaff), administratorsToo: false);

    /// <summary>One practice's consultation hours: past SiteStaff, only that practice's people find them.</summary>
    public static readonly AccessRule PracticeOfSchedule = new(nameof(PracticeOfSchedule), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.RoleAtSite == SiteRole.Practice ? Outcome.Allowed
        : Outcome.NotFound);

    /// <summary>FHIR for practice software: a bearer token of the Practice role (any site, 2FA done); everyone else 403.</summary>
    public static readonly AccessRule FhirPractice = new(nameof(FhirPractice), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.RoleAtSite == SiteRole.Practice ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>A staff page of one record (a network, a meeting, an agreement): past SiteStaff, another's record is not found.</summary>
    public static readonly AccessRule SiteStaffNotFound = new(nameof(SiteStaffNotFound), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c) : Outcome.NotFound);

    /// <summary>
    /// A site's eligibility checklist: past SiteStaff, its coordinators and the officers of an insurer (insurer@jena.demo acts
    /// for AOK PLUS) find it; other staff, and insurer officers acting for no insurer, get 404.
    /// </summary>
    public static readonly AccessRule EligibilityReviewer = new(nameof(EligibilityReviewer), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.IsAdministrator || c.RoleAtSite == SiteRole.Coordinator || InsurerOfficer(c) ? Outcome.Allowed
        : Outcome.NotFound);

    /// <summary>Drafting an agreement at the site: its coordinators and an insurer's officers; other staff 403.</summary>
    public static readonly AccessRule AgreementDrafter = new(nameof(AgreementDrafter), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.IsAdministrator || c.RoleAtSite == SiteRole.Coordinator || InsurerOfficer(c) ? Outcome.Allowed
        : Outcome.Forbidden);

    private static bool InsurerOfficer(Caller c) => c.RoleAtSite == SiteRole.InsurerOfficer && !c.ActsForTheRoomOperator;
    /// <summary>
    /// The jobcenter's voucher pages and API (issue 19): past SiteStaff, only the site's counsellors; the domain refuses
    /// everyone else (403), administrators too, since vouchers are the counsellors' work alone.
    /// </summary>
    public static readonly AccessRule JobcenterCounsellor = new(nameof(JobcenterCounsellor), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.RoleAtSite == SiteRole.JobcenterCounsellor ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>
    /// The print view: only the counsellor who issued the voucher (the matrix's is jobcenter@jena.demo's), during the
    /// conversation; another counsellor of the site finds nothing.
    /// </summary>
    public static readonly AccessRule IssuerOfVoucher = new(nameof(IssuerOfVoucher), c =>
        JobcenterCounsellor.Expect(c) is Outcome.Allowed && c.ActsForTheRoomOperator ? Outcome.NotFound : JobcenterCounsellor.Expect(c));

    /// <summary>
    /// Sending a voucher by e-mail: any login gets past the policy, the domain answers 404 to all but the counsellor who
    /// issued it (the matrix's is jobcenter@jena.demo's), as for printing it.
    /// </summary>
    public static readonly AccessRule ApiIssuerOfVoucher = new(nameof(ApiIssuerOfVoucher), c =>
        c.IsAnonymous ? Outcome.LoginRequired
        : c.RoleAtSite == SiteRole.JobcenterCounsellor && !c.ActsForTheRoomOperator ? Outcome.Allowed : Outcome.NotFound);

    /// <summary>
    /// Recording a consent signed on paper (issue 19): the site's counsellors and coordinators. The page: past SiteStaff,
    /// other roles 403; the API: any login past the policy, the domain answers 404 to all others.
    /// </summary>
    public static readonly AccessRule PaperConsentDesk = new(nameof(PaperConsentDesk), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.RoleAtSite is SiteRole.JobcenterCounsellor or SiteRole.Coordinator ? Outcome.Allowed : Outcome.Forbidden);

    public static readonly AccessRule ApiPaperConsentDesk = new(nameof(ApiPaperConsentDesk), c =>
        c.IsAnonymous ? Outcome.LoginRequired
        : c.RoleAtSite is SiteRole.JobcenterCounsellor or SiteRole.Coordinator ? Outcome.Allowed : Outcome.NotFound);

    /// <summary>One voucher as the jobcenter sees it: any login gets past the policy, the domain answers 404 to all but its counsellors.</summary>
    public static readonly AccessRule CounsellorOfVoucher = new(nameof(CounsellorOfVoucher), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.RoleAtSite == SiteRole.JobcenterCounsellor ? Outcome.Allowed : Outcome.NotFound);

    /// <summary>The referral figures: the site's coordinators and evaluators (aggregates only, small numbers held back).</summary>
    public static readonly AccessRule ReferralFigures = new(nameof(ReferralFigures), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.RoleAtSite is SiteRole.Coordinator or SiteRole.Evaluator ? Outcome.Allowed : Outcome.Forbidden);
    /// <summary>The evaluation of a site: its coordinators, insurer officers and evaluators (aggregates only); administrators 403.</summary>
    public static readonly AccessRule EvaluationReader = new(nameof(EvaluationReader), c =>
        c.IsAnonymous ? Outcome.LoginRequired
        : c.RoleAtSite is SiteRole.Coordinator or SiteRole.InsurerOfficer or SiteRole.Evaluator ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>Counting a site's figures again on demand: its coordinators only.</summary>
    public static readonly AccessRule EvaluationRefresher = new(nameof(EvaluationRefresher), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.RoleAtSite is SiteRole.Coordinator ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>The comparison across sites: whoever is an evaluator or insurer officer somewhere (the programme evaluation).</summary>
    public static readonly AccessRule EvaluationComparison = new(nameof(EvaluationComparison), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.RoleAtSite is SiteRole.InsurerOfficer or SiteRole.Evaluator ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>An insurer officer who acts for an insurer of the site (insurer@jena.demo: AOK PLUS); the room operator's is no insurer.</summary>
    private static bool IsFundingOfficer(Caller c) => c.RoleAtSite == SiteRole.InsurerOfficer && !c.ActsForTheRoomOperator;

    /// <summary>Funding (SiteStaff policy): the site's coordinators and administrators, and officers of an insurer; other staff 403.</summary>
    public static readonly AccessRule FundingDesk = new(nameof(FundingDesk), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.IsAdministrator || c.RoleAtSite == SiteRole.Coordinator || IsFundingOfficer(c) ? Outcome.Allowed
        : Outcome.Forbidden);

    /// <summary>Creating a source of money: insurer officers (their own insurer) and administrators; coordinators and other staff 403.</summary>
    public static readonly AccessRule FundingSourceCreate = new(nameof(FundingSourceCreate), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.IsAdministrator || IsFundingOfficer(c) ? Outcome.Allowed
        : Outcome.Forbidden);

    /// <summary>One application's page: past SiteStaff, its site's coordinators, administrators and the addressed insurer's officers; the rest 404.</summary>
    public static readonly AccessRule FundingApplicationPage = new(nameof(FundingApplicationPage), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.IsAdministrator || c.RoleAtSite == SiteRole.Coordinator || IsFundingOfficer(c) ? Outcome.Allowed
        : Outcome.NotFound);

    /// <summary>The API of one project: any login gets past the policy; the domain (ProjectAccess) answers 404 to all but its planners.</summary>
    public static readonly AccessRule ApiProjectPlanner = new(nameof(ApiProjectPlanner), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.IsAdministrator || c.RoleAtSite == SiteRole.Coordinator ? Outcome.Allowed : Outcome.NotFound);

    /// <summary>Reading or commenting an application by id: its planners and the addressed insurer's officers; to others it does not exist.</summary>
    public static readonly AccessRule ApiApplicationReader = new(nameof(ApiApplicationReader), c =>
        c.IsAnonymous ? Outcome.LoginRequired
        : c.IsAdministrator || c.RoleAtSite == SiteRole.Coordinator || IsFundingOfficer(c) ? Outcome.Allowed
        : Outcome.NotFound);

    /// <summary>The applicant's steps: the officers see the application but may not take them (403); others 404.</summary>
    public static readonly AccessRule ApiApplicant = new(nameof(ApiApplicant), c =>
        ApiApplicationReader.Expect(c) is not Outcome.Allowed ? ApiApplicationReader.Expect(c)
        : IsFundingOfficer(c) ? Outcome.Forbidden : Outcome.Allowed);

    /// <summary>The funder's steps and budgets: the addressed insurer's officers; coordinators (and administrators, no funders) 403; others 404.</summary>
    public static readonly AccessRule ApiFunder = new(nameof(ApiFunder), c =>
        ApiApplicationReader.Expect(c) is not Outcome.Allowed ? ApiApplicationReader.Expect(c)
        : IsFundingOfficer(c) ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>Planning a source's budget: its insurer's officers and administrators; the coordinators see the source but may not (403).</summary>
    public static readonly AccessRule ApiBudgetPlan = new(nameof(ApiBudgetPlan), c =>
        ApiApplicationReader.Expect(c) is not Outcome.Allowed ? ApiApplicationReader.Expect(c)
        : c.RoleAtSite == SiteRole.Coordinator ? Outcome.Forbidden : Outcome.Allowed);

    /// <summary>Any role at the route's site (the policy SiteMember: proposing an idea there); administrators hold none, so 403.</summary>
    public static readonly AccessRule SiteMemberOnly = new(nameof(SiteMemberOnly), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.RoleAtSite is not null ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>Moderating an idea by id: any login gets past the policy, the domain (IdeaAccess) answers 404 to all but the site's coordinators.</summary>
    public static readonly AccessRule ApiIdeaModerator = new(nameof(ApiIdeaModerator), c =>
        c.IsAnonymous ? Outcome.LoginRequired : c.IsAdministrator || c.RoleAtSite == SiteRole.Coordinator ? Outcome.Allowed : Outcome.NotFound);

    /// <summary>Answering an idea: as <see cref="ApiIdeaModerator"/>, and the site's providers too.</summary>
    public static readonly AccessRule ApiIdeaAnswerer = new(nameof(ApiIdeaAnswerer), c =>
        c.IsAnonymous ? Outcome.LoginRequired
        : c.IsAdministrator || c.RoleAtSite is SiteRole.Coordinator or SiteRole.Provider ? Outcome.Allowed : Outcome.NotFound);

    /// <summary>Holders of one of the roles at the route's site, and administrators; a role at another site never counts.</summary>
    /// <summary>
    /// Surveys (issue 24): past the SiteStaff policy, the domain (SurveyAccess) lets coordinators, administrators and staff of
    /// the site's housing companies in (the matrix's room operator, Stadtwerke Jena, is one); other staff get 403.
    /// </summary>
    public static readonly AccessRule SurveyManager = new(nameof(SurveyManager), c =>
        SiteStaff.Expect(c) is not Outcome.Allowed ? SiteStaff.Expect(c)
        : c.IsAdministrator || c.RoleAtSite == SiteRole.Coordinator || (c.RoleAtSite == SiteRole.Provider && c.ActsForTheRoomOperator) ? Outcome.Allowed
        : Outcome.Forbidden);

    public static AccessRule SiteRoles(string name, params SiteRole[] roles) => new(name, c =>
        c.IsAnonymous ? Outcome.LoginRequired
        : c.IsAdministrator || (c.RoleAtSite is { } role && roles.Contains(role)) ? Outcome.Allowed
        : Outcome.Forbidden);
}
