"""English regression suite: short sentences written by us, per category, that must or must not be risks.

Each positive sentence must give a risk finding (severity low or above) of its category through the whole
pipeline (load_text + analyze); each negative one (negations, fair variants, other actors, unrelated
uses of the same words) must not.
"""

from __future__ import annotations

import pytest

from tosreader.core.analysis import analyze, get_ruleset
from tosreader.core.loaders import load_text

POSITIVE: dict[str, list[str]] = {
    "arbitration": [
        "Every disagreement between you and Brightleaf will be settled by binding arbitration.",
        "Claims must be submitted to final and binding arbitration under the JAMS rules.",
        "You and we agree to arbitrate any claim arising from these terms.",
        "The arbitrator alone, and not a judge, has exclusive authority to decide whether a claim can be arbitrated.",
        "The decision of the arbitrator shall be final and binding on both sides.",
        "Any dispute shall be finally settled through arbitration administered by a private body.",
        "Both parties agree to settle every claim by confidential arbitration.",
        'Disputes between us will be decided by a single arbitrator, not by a court.',
        'All claims against Heron must be arbitrated on an individual basis.',
        'Instead of going to court, you and we will arbitrate every dispute.',        'Unless your home country forbids arbitration clauses, every claim against Wyvern goes to binding arbitration.',
    ],
    "unilateral_change": [
        "We may amend these terms at any time without telling you.",
        "Plumline reserves the right to change the features of the app whenever it sees fit.",
        "We reserve the right to make changes to our pricing and to these conditions at any time.",
        "Subscription prices may be changed by us from time to time.",
        "These terms are subject to change without notice.",
        "We can discontinue or replace any part of the service.",
        "We may adjust the daily transfer limits from time to time at our discretion.",
        "You acknowledge that Harbourline may revise its fee schedule at any time.",
        "Listed prices are subject to change.",
        "Marlowe reserves the right to make such alterations without further notice.",
        "We are continually changing and improving the app.",
        "We may withdraw or limit promotional offers on our own decision.",
        "Membership fees may be raised once a year.",
        "You agree that Harbourline can make changes to the loyalty scheme at any time.",
        'We may stop providing certain features at any time.',
        'Wyvern reserves the right to alter the timetable and the route.',
        'We reserve the right, at any time and without notice, to:\n\n(a) modify or discontinue the service;\n\n(b) change the fees.',
        'Prices for the premium plan may rise.',
        'Wyvern may change, modify or remove virtual items at any time.',        "Nothing here limits Quillbox's right to revise its house rules from time to time.",
        'Changes in the service will be announced on our blog.',
    ],
    "content_removal": [
        "We may delete any content you upload at our sole discretion.",
        "Northwind reserves the right to remove or block material that it finds objectionable.",
        "Comments that break these rules may be removed without warning.",
        "We can refuse to publish or take down any review for any reason.",
        "Lakeview has the right, but not the obligation, to screen, edit or remove any user-generated material.",
        "We decide at our sole discretion whether to take down a flagged video.",
        "After a complaint we may take action, including removing the listings concerned.",
        "Your uploaded files may be deleted if they break the house rules.",
        "At our discretion we reserve the right to: delete abusive comments.",
        'We may remove your answers or questions if they break our policies.',
        'Repeated violations may result in the removal of your posts.',
        'Your playlists may be hidden or removed if they infringe rights.',
        'We may, but are not obliged to, monitor and remove user content.',
        'We may, at our sole discretion:\n\n(a) remove any post that breaks these rules;',
    ],
    "jurisdiction": [
        "You agree to submit to the exclusive jurisdiction of the courts in Toronto, Ontario.",
        "Any lawsuit must be brought exclusively in the state courts located in Travis County, Texas.",
        "The courts of Singapore shall have exclusive jurisdiction over any dispute.",
        "All claims shall be subject to the jurisdiction of the courts of Luxembourg.",
        "If you live outside the European Union, the exclusive forum for any claim is the district court in Oslo.",
        "Every claim against Pinecrest must be filed in the state or federal courts located in Multnomah County, Oregon.",
        'For every disagreement with Wyvern, Hamburg is the sole place of jurisdiction.',
        'All disputes shall be finally resolved by the competent courts of Luxembourg.',
        'The courts of Milan shall be exclusively competent for any dispute arising from these terms.',
        'You waive any objection to venue in those courts.',
        'Disputes will be submitted to the courts of Paris.',
        'The Irish courts will have jurisdiction over any claim arising from these terms.',
        'The parties submit to the courts of Bavaria.',
    ],
    "choice_of_law": [
        "This contract is governed by the laws of the State of Washington.",
        "This agreement shall be construed in accordance with the law of Scotland, without regard to its conflict of laws rules.",
        "Swiss law will govern these terms.",
        "If you reside outside Australia, these terms are governed by the laws of the State of New York.",
        "This contract is subject to Dutch law.",
        "The applicable law shall be the laws of the Province of Ontario.",
        'These terms shall be governed by, and construed in accordance with, the laws of Norway.',
        'Any claim will be decided under the laws of Finland.',
        'New York law, without regard to its choice-of-law rules, governs these terms.',
        'These terms are made under, and will be interpreted according to, Maltese law.',
    ],
    "limitation_of_liability": [
        "Under no circumstances shall we be liable for consequential, incidental or indirect losses you suffer.",
        "Our aggregate liability to you will never exceed fifty dollars.",
        "In no event will Tidewater be responsible for lost profits or lost data.",
        "We may suspend the service at any time without any liability to you.",
        "Lantern is not liable for any loss you suffer from using the maps.",
        "We will not be in any way responsible for messages that users send each other.",
        "The company will have no liability as a result of any outage of the service.",
        "Our liability to you for any claim whatsoever will at all times be limited to the price you paid.",
        "You release Tidewater from all claims arising out of meetings with other members.",
        "The limits on our liability set out above apply as far as the law allows.",
        "These exclusions will survive the end of this agreement.",
        'Wyvern cannot be held liable for any damage to your device.',
        "We won't be liable for any losses caused by events outside our control.",
        'If we are liable to you, our liability will not exceed the value of your order.',
        'We will not reimburse any costs you incur because of a cancelled trip.',
        'Compensation for any damage is limited to the price of the ticket.',
        'Heron is exempt from liability for any damage caused by the service.',
        'We cannot accept liability for lost or stolen items.',
        'We will only be liable for direct losses that were reasonably foreseeable.',        'Some countries do not allow excluding incidental damages, in which case this exclusion applies to the greatest extent the law permits.',
        'You agree that the limitations of liability set out in this part will survive the end of the contract.',
        'You release Wyvern (and its staff and agents) from, and waive, each and every claim relating to the meet-ups.',
    ],
    "unilateral_termination": [
        "We may suspend or close your account at any time and for any reason.",
        "Quillbox reserves the right to terminate your access to the platform without notice.",
        "Your membership may be cancelled immediately if we suspect misuse.",
        "Breaking the house rules can result in the suspension of your account.",
        "Your licence to use the app ends automatically if you break these terms.",
        "We may suspend your account if:\n\n(a) you miss a payment;\n\n(b) we suspect fraud.",
        "If you do not pay on time, we may either suspend or close your account.",
        "Our right to terminate for good cause is not affected.",
        "Cheating in ranked matches may be grounds for immediate termination.",
        "This agreement runs until it is terminated by Quillbox or by you.",
        "We may delete your posts, and we may also ban your account.",
        'Heron reserves the right to:\n\n(a) suspend or close your account;\n\n(b) refuse future registrations.',        'Wyvern shall be entitled at any time to: (i) suspend the service; (ii) end this agreement.',
        'Accounts that were opened with a borrowed or throwaway phone number may be closed without notice.',
        'Quillbox may, without notice to you, suspend your access to the forum.',
        'Wyvern reserves the right to terminate your right to use the website if you infringe copyrights.',
    ],
    "contract_by_using": [
        "By using the website at all, you agree to be bound by these conditions.",
        "By downloading or opening the app you accept these conditions.",
        "Your continued use of the service after an update means you accept the new terms.",
        "If you keep using the app after the changes take effect, you will be deemed to have accepted the revised terms.",
        "Any use of the platform implies acceptance of these rules.",
        "By signing in, you acknowledge that you have read, understood, and agree to be bound by these terms.",
        'By booking a seat with Heron, you accept these conditions of carriage.',
        'Continuing to use the service after we post changes means you accept them.',
        'Use of the app is conditional on your acceptance of these terms.',
        "When you use our services, you're agreeing to our terms.",
        'If you keep using the app after we publish changes, you will be treated as having accepted them.',
        'Through your use of the platform you accept these rules.',
        'By using the app, you (the user) agree to the following terms.',
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "arbitration": [
        "If you live in the European Union, the arbitration agreement does not apply to you.",
        "You can also use the online dispute resolution platform of the European Commission.",
        "Arbitration hearings will take place in the county where you reside.",
        "You may opt out of arbitration by writing to us within thirty days.",
        'Heron will pay the arbitration fees if you send us your demand for arbitration.',
        'If the costs are determined by the arbitrator to be excessive, we will pay them.',        'Except where a claim is being resolved under an arbitration, you may sue Heron in the courts of Oslo.',
    ],
    "unilateral_change": [
        "You can change your display name in the settings.",
        "We will never change these terms without your express consent.",
        "Will these terms ever change?",
        "Delivery times may vary depending on your region.",
        "The app may download software updates automatically.",
        "Any amendment to these terms needs a written document that both parties sign.",
        "Voucher prices are subject to change by the merchant.",
        "You can change your avatar at any time.",
        "You may remove features you do not need from your home screen.",
        "Prices may vary by region and are set by each seller.",
        'You have the right to:\n\n(a) change your plan;\n\n(b) update your payment details.',        'Some plans may let you adjust your reminder settings.',
        'We may ask you to install the update before you can keep playing.',
        'Heron will only raise prices and modify the service as the law permits.',
        'Bonus points may be set and changed by each partner shop from time to time.',
        'Heron may charge for add-on packs at its discretion.',
        'Your contact address may be corrected as part of any update to these terms.',
    ],
    "content_removal": [
        "You can delete your own posts at any time.",
        "We do not remove content without telling you why.",
        "Some tools let you remove photos that you have shared.",
        "After you delete a post, it may take up to 30 days to remove it from our backups.",
        "If we learn that a child has signed up, we will delete the account data we hold about that child.",
        'If you close your account, your content will be deleted.',
        'We will delete your personal information after thirty days.',
        'You can:\n\n(a) remove your own posts;\n\n(b) hide your profile.',
    ],
    "jurisdiction": [
        "If you are a consumer, you may bring a claim in the courts of the country where you live.",
        "You can sue us in the courts of the place where you live.",
        "You may always take your claim to a small claims court.",
        "If you reside in the EU, the courts of your home country have jurisdiction.",
        'If you live in Portugal, the courts of Portugal decide any dispute.',
        'Judgment on the award may be entered in any court of competent jurisdiction.',
        'Either party may seek injunctive relief in any court that has jurisdiction.',        'If you live in Norway, (i) your contract is with Heron Nordic AS; (ii) the laws of Norway govern it; and (iii) you agree that the courts of Norway have exclusive jurisdiction.',
    ],
    "choice_of_law": [
        "The law of the country where you live applies to these terms.",
        "If you are a consumer, you keep the protection of the mandatory laws of your country of residence.",
        "If you live in Wales, the laws of England and Wales apply; if you live in Scotland, Scots law applies.",
        "If you live in Norway, the laws of Norway apply to these terms.",
        "The service may be subject to the export laws of other countries.",
        "Your use of the service is subject to applicable law.",
        "Reports of abuse may be subject to criminal law enforcement.",
        'We process data in accordance with the laws of the European Union.',
        'You may have further rights under Australian law.',
        'If you live in the Republic of Ireland, the laws of Ireland apply to these terms.',        'If you live in Norway, (i) your contract is with Heron Nordic AS; (ii) the laws of Norway govern it; and (iii) you agree that the courts of Norway have exclusive jurisdiction.',
    ],
    "limitation_of_liability": [
        "Nothing in this agreement excludes or limits what we owe for fraud, or for death or bodily injury that our negligence causes.",
        "Some states do not allow the exclusion of implied warranties, so the above may not apply to you.",
        "You are responsible for keeping your password secret.",
        "We are liable without limitation for intent and gross negligence.",
        "We are not responsible for checking whether taxes apply to your sale.",
        "As an agent, we are not responsible for the hotel stay itself.",
        "The app store operator is not a party to this contract and has no liability for the app.",
        "Linked websites lie outside our control, and we are not responsible for them.",
        "You may release the lock on your account by contacting support.",
        "We do not warrant that the service will be free of errors or viruses.",
        'We do not accept responsibility if you cannot travel because you did not obtain a visa.',
        'Heron is not responsible for the content of third-party websites.',
        'Heron has no responsibility to monitor what users post.',
        'We are not liable for any loss arising from your failure to keep your password secret.',
        'We are not responsible for collecting sales taxes on your purchases.',
        'These steps are taken without any admission of liability.',        'Quillbox does not control partner booking tools in any way and so accepts no liability for such third-party services.',
        'If you are unhappy with the app, your sole remedy is to stop using it.',
        'Your only and exclusive remedy if you dislike a change to these terms is to close your account.',
        'Heron accepts no liability for disputes between you and other users.',
        'Limitation of liability\n\nWe do not warrant that:\n\n(a) the app will be free from errors or delays;',
    ],
    "unilateral_termination": [
        "Your plan can be cancelled by you whenever you like, from the account page.",
        "We will not suspend your account without telling you why.",
        "We may remove comments that insult other people.",
        "Upon termination, your licence to use the app also ends.",
        "You can use the app if:\n\n(a) you are over sixteen;",
        "You have the right to cancel your order within fourteen days without giving any reason.",
        "We will delete the account of any child under thirteen once we learn about it.",
        "Your right to terminate under consumer law is not affected.",
        "We will tell you the reasons for the suspension of your account.",
        "This agreement continues until you end it.",
        'You have the right to:\n\n(a) suspend your subscription for up to three months;',        'We will follow the settings you choose to limit who sees your account.',
        'We reserve the right to modify or discontinue the service at any time.',
        'Heron may change its partner clinics or discontinue some of its offerings.',
        'We may delete all your uploaded content when your account ends.',
        'You, the subscriber, may cancel this agreement within three days.',
        'Residents of some states may have the right to cancel as local law requires.',
        'Your local law may restrict your access to some features.',
        'You may close your account if:\n\n(a) we raise the price;\n\n(b) we change these terms.',
    ],
    "contract_by_using": [
        "If you do not agree to these terms, please do not use the app.",
        "You accept these terms by ticking the box when you sign up.",
        "When you use the chat, you agree that you will not harass anybody.",
        "By creating an account, you confirm that you are at least sixteen years old.",
        "You will need to accept the new terms the next time you sign in.",
        'By ticking the box, you agree to these terms.',
        'Through your use of the app, you consent to the deletion of old messages.',
    ],
}


def _risk_categories(text: str) -> set[str]:
    ruleset = get_ruleset("en", include_user=False)
    analysis = analyze(load_text(text), "en", ruleset=ruleset)
    return {f.category for f in analysis.findings if f.severity.is_risk}


@pytest.mark.parametrize(("category", "sentence"),
                         [(c, s) for c, sentences in POSITIVE.items() for s in sentences])
def test_positive(category: str, sentence: str) -> None:
    assert category in _risk_categories(sentence), f"{category} missed: {sentence}"


@pytest.mark.parametrize(("category", "sentence"),
                         [(c, s) for c, sentences in NEGATIVE.items() for s in sentences])
def test_negative(category: str, sentence: str) -> None:
    assert category not in _risk_categories(sentence), f"{category} wrongly flagged: {sentence}"


def test_every_unfair_category_is_covered() -> None:
    categories = get_ruleset("en", include_user=False).categories
    unfair = {c for c, cat in categories.items() if cat.group == "unfair"}
    assert unfair <= set(POSITIVE) and unfair <= set(NEGATIVE)
