using System.Net;
using System.Text;
using Lebenswelten.Core.Identity;
using Lebenswelten.Core.Tests.Infrastructure;
using static Lebenswelten.Web.Tests.Security.AccessRules;

namespace Lebenswelten.Web.Tests.Security;

/// <summary>
/// The authorization matrix (issue 5): every page and endpoint of the endpoint data sources × every caller
/// (anonymous, each site role at Jena, a provider of another Jena organisation, staff of another site, the
/// administrator) against the outcome its access rule promises. Routes are opened at Jena with real Jena records
/// (<see cref="MatrixRecords"/>), so "allowed" means the page really showed something.
///
/// Adding an endpoint: add one line to <see cref="Rules"/>, "METHOD /route pattern" (exactly as the failure message
/// prints it) → an access rule from <see cref="AccessRules"/>. A new kind of access (e.g. a practice's own
/// telemedicine hours, FHIR clients with practice credentials) is a new rule there: a name and, per caller, the outcome.
/// A route parameter that needs a real record gets it in <see cref="MatrixRecords"/>. Pages are checked with GET (a
/// page is authorized as a whole); API writes with a body that fails validation, so that nothing shared changes:
/// an allowed caller gets 400/409/422, a refused one 401/403/404.
/// </summary>
public sealed class AuthorizationMatrixTests(AppHosts hosts)
{
    internal static readonly Dictionary<string, AccessRule> Rules = new()
    {
        // Public on purpose (DenyByDefaultTests lists why).
        ["GET /hilfe/bedarfsdaten-import"] = Public, ["GET /barrierefreiheit"] = Public,
        ["GET /"] = Public, ["GET /standorte"] = Public, ["GET /standorte/{site}"] = Public, ["GET /standort-wechseln"] = Public,
        ["GET /api/sites"] = Public, ["GET /api/sites/{site}"] = Public, ["GET /api/sites/{site}/organisations"] = Public,
        ["GET /angebote"] = Public, ["GET /angebote/{id:guid}"] = Public, ["GET /angebote/{id:guid}/kalender.ics"] = Public,
        ["GET /angebote/{id:guid}/anmelden"] = Public, ["GET /api/offerings"] = Public, ["GET /api/offerings/{id:guid}"] = Public,
        ["POST /api/offerings/{id:guid}/registrations"] = Public,
        ["GET /api/sites/{site}/districts"] = Public, ["GET /api/sites/{site}/indicators"] = Public,
        ["GET /api/sites/{site}/indicators/{indicator:guid}/values"] = Public,
        ["GET /standorte/{site}/karte"] = Public, ["GET /standorte/{site}/stadtteile/{key}"] = Public,
        ["GET /konto/anmelden"] = Public, ["GET /konto/anmelden/code"] = Public, ["GET /konto/abmelden"] = Public,
        ["GET /konto/registrieren"] = Public, ["GET /konto/passwort-vergessen"] = Public, ["GET /konto/zugriff-verweigert"] = AccessDeniedPage,
        ["GET /konto/geloescht"] = Public,
        // Single sign-on: the provider list, the return from the provider (without its answer: the error page) and the error page.
        ["GET /konto/anmelden/dienstkonto"] = Public, ["GET /konto/anmelden/dienstkonto/zurueck"] = Public,
        ["GET /konto/anmelden/dienstkonto/fehler"] = Public, ["GET /openapi"] = Public, ["GET /openapi/{documentName}.json"] = Public,
        ["GET /health/live"] = Public, ["GET /health/ready"] = Public, ["GET /health/ping"] = Public,
        ["POST /api/account/login"] = Public, ["POST /api/account/refresh"] = Public,
        // The telemedicine room: rooms, hours and free slots name nobody; residents book without an account.
        ["GET /standorte/{site}/telemedizin"] = Public, ["GET /standorte/{site}/telemedizin/buchen"] = Public,
        ["GET /standorte/{site}/telemedizin/buchen/{slot}"] = Public,
        ["GET /api/sites/{site}/telemedicine/rooms"] = Public, ["GET /api/sites/{site}/telemedicine/schedules"] = Public,
        ["GET /api/sites/{site}/telemedicine/slots"] = Public, ["POST /api/telemedicine/appointments"] = Public,
        ["GET /fhir/metadata"] = Public,
        // Open data (issue 22): the public catalogue for other systems, read-only. The matrix's {id} is an offering, so the
        // organisation read finds none (HsdsApiTests reads a real one).
        ["GET /api/sites/{site}/hsds"] = Public, ["GET /api/sites/{site}/hsds/services"] = Public,
        ["GET /api/sites/{site}/hsds/services/{id:guid}"] = Public, ["GET /api/sites/{site}/hsds/organizations"] = Public,
        ["GET /api/sites/{site}/hsds/organizations/{id:guid}"] = NotFoundForAll, ["GET /api/sites/{site}/hsds/locations"] = Public,
        ["GET /api/sites/{site}/hsds/service_at_locations"] = Public, ["GET /api/sites/{site}/hsds/taxonomies"] = Public,
        ["GET /api/sites/{site}/hsds/taxonomy_terms"] = Public,
        ["GET /api/sites/{site}/calendar.ics"] = Public, ["GET /api/sites/{site}/catalogue.csv"] = Public,
        ["GET /robots.txt"] = Public, ["GET /sitemap.xml"] = Public,
        // Public addresses that stand in for a login with a token or personal link; without one: 404 for everybody.
        ["GET /fehler/{code:int}"] = NotFoundForAll, ["GET /einladung/{token}"] = NotFoundForAll,
        ["GET /kalender/{token}.ics"] = NotFoundForAll,
        ["GET /konto/email-bestaetigen"] = NotFoundForAll, ["GET /konto/passwort-neu"] = NotFoundForAll,
        ["GET /anmeldungen/{id:guid}"] = NotFoundForAll, ["GET /anmeldungen/{id:guid}/bestaetigen"] = NotFoundForAll,
        ["GET /anmeldungen/{id:guid}/daten"] = NotFoundForAll, ["GET /anmeldungen/{registrationId:guid}/bescheinigung"] = NotFoundForAll,
        ["GET /api/registrations/{id:guid}"] = NotFoundForAll, ["DELETE /api/registrations/{id:guid}"] = NotFoundForAll,
        ["POST /api/registrations/{id:guid}/accept"] = NotFoundForAll,
        ["GET /telemedizin/termine/{id:guid}"] = NotFoundForAll, ["GET /telemedizin/termine/{id:guid}/kalender.ics"] = NotFoundForAll,
        ["GET /telemedizin/termine/{id:guid}/umbuchen"] = NotFoundForAll, ["GET /telemedizin/termine/{id:guid}/daten"] = NotFoundForAll,
        ["GET /api/telemedicine/appointments/{id:guid}"] = NotFoundForAll, ["DELETE /api/telemedicine/appointments/{id:guid}"] = NotFoundForAll,
        ["GET /telemedizin/termine/{id:guid}/bestaetigen"] = NotFoundForAll, ["POST /api/telemedicine/appointments/{id:guid}/verify"] = NotFoundForAll,
        // One's own account and data.
        ["GET /konto"] = SignedIn, ["GET /konto/zwei-faktor"] = SignedIn, ["GET /konto/bestaetigen"] = SignedIn,
        ["GET /konto/ueberall-abmelden"] = SignedIn, ["GET /konto/zugriffe"] = SignedIn, ["GET /konto/daten"] = SignedIn,
        ["GET /konto/einwilligungen"] = SignedIn, ["GET /konto/dienstkonten"] = SignedIn, ["GET /konto/kalender"] = SignedIn, ["GET /meine-anmeldungen"] = SignedIn,
        ["GET /api/me"] = SignedIn, ["GET /api/me/audit"] = SignedIn, ["GET /api/me/registrations"] = SignedIn,
        ["GET /meine-termine"] = SignedIn, ["GET /api/me/appointments"] = SignedIn,
        ["GET /api/me/consents"] = SignedIn, ["POST /api/me/consents/{id:guid}/withdraw"] = SignedInOwnRecord,
        ["POST /api/me/export"] = SignedIn, ["POST /api/me/erasure"] = SignedIn,
        ["GET /api/account/manage/info"] = SignedIn, ["POST /api/account/manage/2fa"] = SignedIn,
        // Identity's open endpoints, closed: a login, then 404. Its password and address change (POST manage/info) had no
        // lockout, audit or recent login (issue 15).
        ["POST /api/account/manage/info"] = Closed, ["POST /api/account/register"] = Closed, ["GET /api/account/confirmEmail"] = Closed, ["POST /api/account/resendConfirmationEmail"] = Closed,
        ["POST /api/account/forgotPassword"] = Closed, ["POST /api/account/resetPassword"] = Closed,
        // The offerings back office: providers of the offering's organisation, the site's coordinators, administrators.
        ["GET /verwaltung/{site}/angebote"] = OfferingManager, ["GET /verwaltung/{site}/angebote/neu"] = OfferingManager,
        ["GET /verwaltung/{site}/angebote/{id:guid}/bearbeiten"] = ProviderOfOffering,
        ["GET /verwaltung/{site}/angebote/{id:guid}/absagen"] = ProviderOfOffering,
        ["GET /verwaltung/{site}/angebote/{id:guid}/teilnehmende"] = ProviderOfOffering,
        ["GET /verwaltung/{site}/angebote/{id:guid}/anwesenheit/{sessionId:guid?}"] = ProviderOfOffering,
        ["GET /verwaltung/{site}/angebote/{id:guid}/teilnahme"] = ProviderOfOffering,
        ["GET /verwaltung/{site}/angebote/{id:guid}/bescheinigungen"] = ProviderOfOffering,
        ["GET /verwaltung/{site}/angebote/{id:guid}/nachricht"] = ProviderOfOffering,
        ["GET /verwaltung/{site}/angebote/{id:guid}/vorschau"] = ProviderOfOffering,
        ["GET /verwaltung/{site}/angebote/{id:guid}/telefonische-anmeldung"] = ProviderOfOffering,
        ["POST /api/offerings/{id:guid}/participants"] = ApiProviderOfOffering,
        ["GET /api/offerings/{id:guid}/attendance"] = ApiProviderOfOffering,
        ["PUT /api/offerings/{id:guid}/sessions/{sessionId:guid}/attendance"] = ApiProviderOfOffering,
        ["POST /api/offerings/{id:guid}/messages"] = ApiProviderOfOffering,
        ["POST /api/offerings"] = ApiOfferingCreate, ["PUT /api/offerings/{id:guid}"] = ApiProviderOfOffering,
        ["POST /api/offerings/{id:guid}/cancel"] = ApiProviderOfOffering, ["GET /api/offerings/{id:guid}/participants"] = ApiProviderOfOffering,
        // The telemedicine back office: staff of the site get in, the domain (TelemedicineAccess) decides what they find.
        ["GET /verwaltung/{site}/telemedizin/raeume"] = SiteStaff, ["GET /verwaltung/{site}/telemedizin/raeume/neu"] = SiteStaff,
        ["GET /verwaltung/{site}/telemedizin/raeume/{room:guid}"] = RoomManager,
        ["GET /verwaltung/{site}/telemedizin/raum"] = SiteStaff, ["GET /verwaltung/{site}/telemedizin/raum/{room:guid}"] = RoomStaff,
        ["GET /verwaltung/{site}/telemedizin/sprechzeiten"] = SiteStaff, ["GET /verwaltung/{site}/telemedizin/sprechzeiten/neu"] = SiteStaff,
        ["GET /verwaltung/{site}/telemedizin/sprechzeiten/{schedule:guid}"] = PracticeOfSchedule,
        ["GET /verwaltung/{site}/telemedizin/praxis"] = SiteStaff,
        ["GET /verwaltung/{site}/telemedizin/praxis/woche"] = SiteStaff, ["GET /verwaltung/{site}/telemedizin/praxis/umbuchen"] = SiteStaff,
        // FHIR for practice software (bearer, Practice role); the records are the Jena practice's own.
        ["GET /fhir/Schedule"] = FhirPractice, ["GET /fhir/Schedule/{id}"] = FhirPractice,
        ["GET /fhir/Slot"] = FhirPractice, ["GET /fhir/Slot/{id}"] = FhirPractice,
        ["GET /fhir/Appointment"] = FhirPractice, ["GET /fhir/Appointment/{id}"] = FhirPractice,
        ["POST /fhir/Appointment/$book"] = FhirPractice, ["PUT /fhir/Appointment/{id}"] = FhirPractice,
        ["PATCH /fhir/Appointment/{id}"] = FhirPractice,
        // The site's coordination (and administrators).
        ["GET /standorte/{site}/team"] = SiteCoordinator, ["GET /standorte/{site}/team/{userId}"] = SiteCoordinator,
        ["GET /api/sites/{site}/members"] = SiteCoordinator, ["POST /api/sites/{site}/invitations"] = SiteCoordinator,
        ["GET /standorte/{site}/bedarf/import"] = SiteCoordinator, ["GET /standorte/{site}/bedarf/einstellungen"] = SiteCoordinator,
        ["POST /api/sites/{site}/indicators/{indicator:guid}/values"] = SiteCoordinator,
        ["GET /standorte/{site}/bedarf/indikatoren"] = SiteCoordinator, ["GET /standorte/{site}/bedarf/indikatoren/{indicator:guid}"] = SiteCoordinator,
        ["GET /standorte/{site}/bedarf/werte"] = SiteCoordinator,
        ["GET /standorte/{site}/bedarf/indikatoren/{indicator:guid}/vorlage"] = SiteCoordinator,
        ["GET /standorte/{site}/bedarf/indikatoren/{indicator:guid}/raster"] = SiteCoordinator,
        ["POST /api/sites/{site}/indicators"] = SiteCoordinator, ["PUT /api/sites/{site}/indicators/{indicator:guid}"] = SiteCoordinator,
        ["DELETE /api/sites/{site}/indicators/{indicator:guid}"] = SiteCoordinator,
        ["GET /api/sites/{site}/indicators/{indicator:guid}/values/{district}/{year:int}"] = SiteCoordinator,
        ["PUT /api/sites/{site}/indicators/{indicator:guid}/values/{district}/{year:int}"] = SiteCoordinator,
        // Networks and partnerships (issue 17): the site's staff get in, the domain decides (NetworkAccess, PartnershipActor);
        // a resource by id of someone else's (the matrix's ids are no network's) is not found.
        ["GET /standorte/{site}/netzwerk"] = Public, ["GET /api/sites/{site}/partnerships"] = Public,
        ["GET /standorte/{site}/netzwerk/mitmachen/{network:guid}"] = NotFoundForAll, ["POST /api/networks/{id:guid}/applications"] = NotFoundForAll,
        ["GET /netzwerk/einladungen/{invitation:guid}"] = NotFoundForAll,
        ["GET /api/sites/{site}/networks"] = SiteStaff, ["POST /api/sites/{site}/networks"] = SiteCoordinator,
        ["GET /api/sites/{site}/tasks"] = SiteStaff, ["GET /api/sites/{site}/network-graph"] = SiteStaff,
        ["POST /api/sites/{site}/agreements"] = AgreementDrafter, ["GET /api/agreements"] = SignedIn,
        ["GET /api/sites/{site}/eligibility"] = EligibilityReviewer, ["PUT /api/sites/{site}/eligibility/evidence"] = EligibilityReviewer,
        ["POST /api/sites/{site}/eligibility/confirm"] = EligibilityReviewer, ["POST /api/sites/{site}/eligibility/decide"] = EligibilityReviewer,
        ["GET /api/networks/{id:guid}"] = SignedInOwnRecord, ["PUT /api/networks/{id:guid}"] = SignedInOwnRecord,
        ["POST /api/networks/{id:guid}/members"] = SignedInOwnRecord, ["GET /api/networks/{id:guid}/applications"] = SignedInOwnRecord,
        ["POST /api/applications/{id:guid}/accept"] = SignedInOwnRecord, ["POST /api/applications/{id:guid}/decline"] = SignedInOwnRecord,
        ["GET /api/networks/{id:guid}/meetings"] = SignedInOwnRecord, ["POST /api/networks/{id:guid}/meetings"] = SignedInOwnRecord,
        ["POST /api/networks/{id:guid}/documents"] = SignedInOwnRecord, ["GET /api/meetings/{id:guid}"] = SignedInOwnRecord,
        ["PUT /api/meetings/{id:guid}/minutes"] = SignedInOwnRecord, ["POST /api/meetings/{id:guid}/invite"] = SignedInOwnRecord,
        ["POST /api/meetings/{id:guid}/tasks"] = SignedInOwnRecord, ["POST /api/meetings/{id:guid}/documents"] = SignedInOwnRecord,
        ["POST /api/tasks/{id:guid}/complete"] = SignedInOwnRecord, ["GET /api/documents/{id:guid}"] = SignedInOwnRecord,
        ["GET /api/agreements/{id:guid}"] = SignedInOwnRecord, ["PUT /api/agreements/{id:guid}"] = SignedInOwnRecord,
        ["POST /api/agreements/{id:guid}/sign"] = SignedInOwnRecord, ["POST /api/agreements/{id:guid}/end"] = SignedInOwnRecord,
        ["POST /api/agreements/{id:guid}/documents"] = SignedInOwnRecord,
        ["GET /verwaltung/{site}/netzwerk"] = SiteStaff, ["GET /verwaltung/{site}/netzwerk/{network:guid}"] = SiteStaffNotFound,
        ["GET /verwaltung/{site}/netzwerk/sitzungen/{meeting:guid}"] = SiteStaffNotFound,
        ["GET /verwaltung/{site}/netzwerk/dokumente/{networkDocument:guid}"] = SiteStaffNotFound,
        ["GET /verwaltung/{site}/netzwerk/aufgaben"] = SiteStaff, ["GET /verwaltung/{site}/netzwerk/bild"] = SiteStaff,
        ["GET /verwaltung/{site}/netzwerk/vereinbarungen"] = SiteStaff,
        ["GET /verwaltung/{site}/netzwerk/vereinbarungen/{agreement:guid}"] = SiteStaffNotFound,
        ["GET /verwaltung/{site}/netzwerk/eignung"] = EligibilityReviewer,
        ["POST /api/sites/{site}/organisations"] = SiteCoordinator,
        ["GET /api/organisations/{id:guid}"] = SignedInOwnRecord, ["PUT /api/organisations/{id:guid}"] = SignedInOwnRecord,
        ["GET /api/organisations/{id:guid}/contacts"] = SignedInOwnRecord, ["POST /api/organisations/{id:guid}/contacts"] = SignedInOwnRecord,
        ["DELETE /api/contacts/{id:guid}"] = SignedInOwnRecord, ["POST /api/networks/{id:guid}/working-groups"] = SignedInOwnRecord,
        ["GET /verwaltung/{site}/netzwerk/organisationen"] = SiteStaff,
        ["GET /verwaltung/{site}/netzwerk/organisationen/{organisation:guid}"] = SiteStaff,
        ["GET /admin/standorte/neu"] = Administrator, ["GET /api/admin/site-proposals"] = Administrator, ["POST /api/admin/sites"] = Administrator,
        // Jobcenter referrals (issue 19): counsellors issue and see three facts, clients redeem and act behind the personal link.
        ["POST /api/sites/{site}/referrals"] = JobcenterCounsellor, ["GET /api/sites/{site}/referrals"] = JobcenterCounsellor,
        ["GET /api/referrals/{id:guid}"] = CounsellorOfVoucher, ["GET /api/sites/{site}/referral-figures"] = ReferralFigures,
        ["POST /api/referrals/redeem"] = Public, ["GET /api/referrals/{id:guid}/client"] = NotFoundForAll,
        ["POST /api/referrals/{id:guid}/registrations"] = NotFoundForAll, ["POST /api/referrals/{id:guid}/consent"] = NotFoundForAll,
        ["POST /api/referrals/{id:guid}/consent/withdraw"] = NotFoundForAll, ["POST /api/referrals/{id:guid}/send"] = ApiIssuerOfVoucher,
        ["POST /api/referrals/{id:guid}/paper-consent"] = ApiPaperConsentDesk, ["POST /api/referrals/{id:guid}/paper-consent/withdraw"] = ApiPaperConsentDesk,
        ["GET /verwaltung/{site}/gutscheine/{voucher:guid}/einwilligung"] = PaperConsentDesk,
        ["GET /verwaltung/{site}/gutscheine"] = JobcenterCounsellor, ["GET /verwaltung/{site}/gutscheine/{voucher:guid}/drucken"] = IssuerOfVoucher,
        ["GET /verwaltung/{site}/gutscheine/zahlen"] = ReferralFigures, ["GET /gutschein"] = Public,
        ["GET /gutschein/{voucher:guid}"] = NotFoundForAll, ["GET /gutschein/{voucher:guid}/anmelden/{offering:guid}"] = NotFoundForAll,
        // Projects and funding: public project pages; planning for the site's coordination; funding for coordinators and the
        // officers of the insurers an application is addressed to (the domain answers 404 to everyone else).
        ["GET /standorte/{site}/projekte"] = Public, ["GET /standorte/{site}/projekte/{project:guid}"] = Public,
        ["GET /api/sites/{site}/health-goals"] = Public, ["POST /api/sites/{site}/health-goals"] = SiteCoordinator,
        ["GET /verwaltung/{site}/projekte"] = SiteCoordinator, ["GET /verwaltung/{site}/projekte/neu"] = SiteCoordinator,
        ["GET /verwaltung/{site}/projekte/{project:guid}"] = SiteCoordinator, ["GET /verwaltung/{site}/projekte/{project:guid}/bearbeiten"] = SiteCoordinator,
        ["GET /verwaltung/{site}/projekte/{project:guid}/gute-praxis"] = SiteCoordinator,
        ["GET /verwaltung/{site}/projekte/{project:guid}/antrag"] = SiteCoordinator,
        ["GET /verwaltung/{site}/foerderung"] = FundingDesk, ["GET /verwaltung/{site}/foerderung/export"] = FundingDesk,
        ["GET /verwaltung/{site}/foerderung/antraege/{application:guid}"] = FundingApplicationPage,
        ["GET /verwaltung/{site}/foerderung/antraege/{application:guid}/dokumente/{document:guid}"] = FundingApplicationPage,
        // Surveys (issue 24): {id} is no survey in the matrix, so every one-survey address answers 404 past its policy.
        ["GET /verwaltung/{site}/umfragen"] = SurveyManager, ["GET /api/sites/{site}/surveys"] = SurveyManager,
        ["POST /api/sites/{site}/surveys"] = SurveyManager, ["GET /standorte/{site}/umfragen"] = Public,
        ["GET /verwaltung/{site}/umfragen/{id:guid}"] = SiteStaffNotFound, ["GET /verwaltung/{site}/umfragen/{id:guid}/ergebnisse"] = SiteStaffNotFound,
        ["GET /verwaltung/{site}/umfragen/{id:guid}/freitext"] = SiteStaffNotFound, ["GET /verwaltung/{site}/umfragen/{id:guid}/aushang"] = SiteStaffNotFound,
        ["GET /verwaltung/{site}/umfragen/{id:guid}/papier"] = SiteStaffNotFound,
        ["GET /umfragen/{code}"] = NotFoundForAll, ["GET /umfragen/{code}/danke"] = NotFoundForAll,
        ["GET /api/surveys/{id:guid}"] = SignedInOwnRecord, ["PUT /api/surveys/{id:guid}"] = SignedInOwnRecord,
        ["POST /api/surveys/{id:guid}/questions"] = SignedInOwnRecord, ["DELETE /api/surveys/{id:guid}/questions/{questionId:guid}"] = SignedInOwnRecord,
        ["POST /api/surveys/{id:guid}/publish"] = SignedInOwnRecord, ["POST /api/surveys/{id:guid}/close"] = SignedInOwnRecord,
        ["PUT /api/surveys/{id:guid}/outcome"] = SignedInOwnRecord, ["GET /api/surveys/{id:guid}/results"] = SignedInOwnRecord,
        ["POST /api/surveys/{id:guid}/tickets"] = SignedInOwnRecord, ["POST /api/surveys/{id:guid}/paper-responses"] = SignedInOwnRecord,
        ["POST /api/surveys/{id:guid}/needs-feed"] = SignedInOwnRecord,
        ["GET /api/surveys/{id:guid}/questionnaire"] = NotFoundForAll, ["POST /api/surveys/{id:guid}/responses"] = NotFoundForAll,
        ["GET /api/sites/{site}/projects"] = SiteCoordinator, ["POST /api/sites/{site}/projects"] = SiteCoordinator,
        ["GET /api/projects/{id:guid}"] = ApiProjectPlanner, ["PUT /api/projects/{id:guid}"] = ApiProjectPlanner,
        ["PUT /api/projects/{id:guid}/cycle"] = ApiProjectPlanner, ["POST /api/projects/{id:guid}/advance"] = ApiProjectPlanner,
        ["POST /api/projects/{id:guid}/milestones"] = ApiProjectPlanner, ["PUT /api/projects/{id:guid}/good-practice"] = ApiProjectPlanner,
        ["POST /api/projects/{id:guid}/applications"] = ApiProjectPlanner,
        ["GET /api/sites/{site}/funding-sources"] = FundingDesk, ["POST /api/sites/{site}/funding-sources"] = FundingSourceCreate,
        ["GET /api/sites/{site}/budgets"] = FundingDesk, ["GET /api/sites/{site}/funding-applications"] = FundingDesk,
        ["PUT /api/funding-sources/{id:guid}/budgets/{year:int}"] = ApiBudgetPlan,
        ["GET /api/funding-applications/{id:guid}"] = ApiApplicationReader, ["PUT /api/funding-applications/{id:guid}"] = ApiApplicant,
        ["POST /api/funding-applications/{id:guid}/comments"] = ApiApplicationReader,
        ["POST /api/funding-applications/{id:guid}/submit-idea"] = ApiApplicant, ["POST /api/funding-applications/{id:guid}/invite"] = ApiFunder,
        ["POST /api/funding-applications/{id:guid}/submit"] = ApiApplicant, ["POST /api/funding-applications/{id:guid}/review"] = ApiFunder,
        ["POST /api/funding-applications/{id:guid}/approve"] = ApiFunder, ["POST /api/funding-applications/{id:guid}/reject"] = ApiFunder,
        ["POST /api/funding-applications/{id:guid}/start"] = ApiApplicant, ["POST /api/funding-applications/{id:guid}/spend"] = ApiApplicant,
        ["POST /api/funding-applications/{id:guid}/report"] = ApiApplicant, ["POST /api/funding-applications/{id:guid}/close"] = ApiFunder,
        // Evaluation (issue 20): aggregates for the site's coordinators, insurer officers and evaluators; the comparison across sites.
        ["GET /api/sites/{site}/evaluation/reach"] = EvaluationReader, ["GET /api/sites/{site}/evaluation/equity"] = EvaluationReader,
        ["GET /api/sites/{site}/evaluation/consultations"] = EvaluationReader,
        ["POST /api/sites/{site}/evaluation/refresh"] = EvaluationRefresher, ["GET /api/evaluation/reach"] = EvaluationComparison,
        ["GET /verwaltung/{site}/auswertung"] = EvaluationReader, ["GET /verwaltung/{site}/auswertung/export"] = EvaluationReader,
        ["GET /verwaltung/{site}/auswertung/jahresbericht"] = EvaluationReader,
        ["GET /auswertung"] = EvaluationComparison, ["GET /auswertung/export"] = EvaluationComparison,
        // The platform's administration.
        ["GET /admin"] = Administrator, ["GET /admin/benutzer"] = Administrator, ["GET /admin/benutzer/{userId}"] = Administrator,
        ["GET /admin/anmeldedienste"] = Administrator, ["GET /admin/standorte"] = Administrator, ["GET /admin/standorte/{slug}"] = Administrator,
        ["GET /admin/standorte/{slug}/organisationen"] = Administrator,
        ["GET /admin/standorte/{slug}/organisationen/{organisation}"] = Administrator,
        ["GET /api/admin/users"] = Administrator, ["POST /api/admin/users/{id}/roles"] = Administrator,
        ["DELETE /api/admin/users/{id}/roles/{roleId:guid}"] = Administrator,
        ["POST /api/admin/users/{id}/deactivate"] = Administrator, ["POST /api/admin/users/{id}/reactivate"] = Administrator,
        // Issue 25: the staff start page, sent invitations, the second-factor reset.
        ["GET /arbeitsplatz"] = SignedIn, ["GET /api/me/workspace"] = StaffAnywhere,
        ["GET /standorte/{site}/einladungen"] = SiteCoordinator, ["GET /api/sites/{site}/invitations"] = SiteCoordinator,
        ["GET /admin/einladungen"] = Administrator, ["GET /api/admin/invitations"] = Administrator,
        ["POST /api/invitations/{id:guid}/resend"] = SignedInOwnRecord, ["POST /api/invitations/{id:guid}/withdraw"] = SignedInOwnRecord,
        ["POST /api/admin/users/{id}/reset-two-factor"] = Administrator,
        // Ideas (issue 24): public reads; proposing and supporting with any login; moderation and answers for the site's staff.
        ["GET /standorte/{site}/ideen"] = Public, ["GET /standorte/{site}/ideen/{idea:guid}"] = Public,
        ["GET /standorte/{site}/ihr-habt-gesagt"] = Public, ["GET /standorte/{site}/ideen/neu"] = SiteMemberOnly, ["GET /meine-ideen"] = SignedIn,
        ["GET /verwaltung/{site}/ideen"] = OfferingManager, ["GET /verwaltung/{site}/ideen/{idea:guid}"] = OfferingManager,
        ["GET /api/sites/{site}/ideas"] = Public, ["POST /api/sites/{site}/ideas"] = SiteMemberOnly, ["GET /api/sites/{site}/idea-outcomes"] = Public,
        ["GET /api/sites/{site}/pending-ideas"] = SiteCoordinator, ["GET /api/ideas/{id:guid}"] = Public,
        ["POST /api/ideas/{id:guid}/support"] = SignedIn, ["POST /api/ideas/{id:guid}/withdraw-support"] = SignedIn,
        ["POST /api/ideas/{id:guid}/publish"] = ApiIdeaModerator, ["POST /api/ideas/{id:guid}/reject"] = ApiIdeaModerator,
        ["POST /api/ideas/{id:guid}/merge"] = ApiIdeaModerator, ["POST /api/ideas/{id:guid}/answer"] = ApiIdeaAnswerer,
        ["GET /api/me/ideas"] = SignedIn,
    };

    /// <summary>Bodies for writes that an empty object would not reach (Identity checks its required fields before our filters).</summary>
    private static readonly Dictionary<string, string> Bodies = new()
    {
        ["POST /api/account/register"] = """{"email":"matrix@example.org","password":"Matrix-Passwort-2026"}""",
        ["POST /api/account/forgotPassword"] = """{"email":"matrix@example.org"}""",
        ["POST /api/account/resendConfirmationEmail"] = """{"email":"matrix@example.org"}""",
        ["POST /api/account/resetPassword"] = """{"email":"matrix@example.org","resetCode":"x","newPassword":"Matrix-Passwort-2026"}""",
    };

    [Fact]
    public async Task Every_endpoint_has_an_access_rule()
    {
        var host = await hosts.Get(DatabaseProvider.Sqlite);
        var missing = EndpointCatalogue.Of(host.Services).Select(e => e.ToString()).Where(e => !Rules.ContainsKey(e)).ToList();
        var stale = Rules.Keys.Except(EndpointCatalogue.Of(host.Services).Select(e => e.ToString())).ToList();

        Assert.True(missing.Count == 0, "These endpoints have no access rule. Add a line for each to AuthorizationMatrixTests.Rules, "
            + "e.g. [\"GET /route\"] = SiteCoordinator (rules in AccessRules.cs; a new kind of access is a new rule there):\n"
            + string.Join("\n", missing));
        Assert.True(stale.Count == 0, "These rules name endpoints that no longer exist; remove them:\n" + string.Join("\n", stale));
    }

    [Theory, BothProviders]
    public async Task Every_caller_gets_exactly_what_the_access_rule_of_every_endpoint_promises(DatabaseProvider provider)
    {
        var host = await hosts.Get(provider);
        var records = await MatrixRecords.CreateAsync(host);
        var endpoints = EndpointCatalogue.Of(host.Services).Where(e => Rules.ContainsKey(e.ToString()))
            // Writes that end a record come late: deleting the test's indicator after every use of it, reactivation after
            // deactivation, so the test's own account ends as it began.
            .OrderBy(e => e.Pattern.EndsWith("/reactivate", StringComparison.Ordinal) ? 2 : e.Method == "DELETE" ? 1 : 0).ToList();
        var failures = new List<string>();

        foreach (var caller in await Callers.AllAsync(host, records))
        {
            using var api = await host.ApiClientAsync(caller.Email);
            using var pages = await host.PageClientAsync(caller.Email);
            foreach (var endpoint in endpoints)
            {
                var expected = Rules[endpoint.ToString()].Expect(caller);
                var (actual, detail) = await CallAsync(endpoint.IsApi || endpoint.Pattern.StartsWith("/health", StringComparison.Ordinal) ? api : pages,
                    endpoint, records.For(endpoint));
                if (actual != expected)
                {
                    failures.Add($"{caller.Name,-22} {endpoint,-70} expected {expected,-13} got {actual} ({detail})");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} answers differ from the rules:\n" + string.Join("\n", failures));
    }

    private static async Task<(Outcome, string)> CallAsync(HttpClient client, AppEndpoint endpoint, IReadOnlyDictionary<string, string> values)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Url("jena", values));
        if (endpoint.Method != "GET")
        {
            // Fails validation wherever a body is read: an allowed caller learns what is missing, nothing is saved.
            request.Content = new StringContent(Bodies.GetValueOrDefault(endpoint.ToString(), "{}"), Encoding.UTF8, "application/json");
        }
        var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location is { } l ? new Uri(new Uri("http://app"), l) : null;
        var outcome = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => Outcome.LoginRequired,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.Redirect when location!.AbsolutePath == "/konto/anmelden" && location.Query.Contains("ReturnUrl=", StringComparison.Ordinal)
                => Outcome.LoginRequired,
            HttpStatusCode.Redirect when location!.AbsolutePath == "/konto/zugriff-verweigert" => Outcome.Forbidden,
            HttpStatusCode.Redirect when location!.AbsolutePath is "/konto/zwei-faktor" or "/konto/bestaetigen" => Outcome.Forbidden,
            _ when status is >= 200 and < 300 or 302 or 400 or 409 or 422 => Outcome.Allowed,
            _ => Outcome.Unexpected,
        };
        return (outcome, $"{status}{(location is null ? "" : " → " + location.PathAndQuery)}");
    }
}
