"""English regression suite for the plain-phrasings pack (resources/rules/en/plain_phrasings.toml).

Short sentences written by us: everyday, passive and nominal ways of saying the eight unfair-clause
categories, which must give a risk finding of their category, and fair near misses (the reader's own
acts, promises, consumer carve-outs, other topics) which must not.
"""

from __future__ import annotations

import pytest

from tests.rules.test_regression_en import _risk_categories

POSITIVE: dict[str, list[str]] = {
    "arbitration": [
        "You agree to bring any claim only in individual arbitration.",
        "You and Merrow both give up the right to sue in court and will arbitrate instead.",
        "Disputes go to binding individual arbitration.",
        "This part of the agreement obliges you to arbitrate every claim against Pellmoor.",
        "Any complaint about a delivery will go straight to arbitration.",
        "All claims must be handled in individual arbitration before a single arbitrator.",
        "Claims about your membership are subject to compulsory arbitration.",
        "Arbitration shall be the only method for resolving disputes arising from these terms.",
        "You acknowledge that you are waiving your right to a jury trial in favour of arbitration.",
        "Disputes that the parties cannot settle informally shall be submitted to and decided by arbitration in Geneva.",
        "The arbitration will be held in Houston, Texas, no matter where you live.",
    ],
    "unilateral_change": [
        "We may, whenever we choose, change the terms of this offer.",
        "Plan features may be altered at our discretion.",
        "Amendments shall be deemed accepted if you do not object within six weeks.",
        "If you do not reject the changes before they take effect, you will be deemed to have accepted them.",
        "We're free to modify the service whenever we want.",
        "Features included in your plan can be taken away or changed by us without notice.",
        "We may decide to reduce the storage included in your plan at any time.",
        "The company retains the right to alter prices without prior notice.",
        "The ferry company may alter sailing times and ports of call without prior notice.",
        "Bonus conditions may be amended by us at any time.",
        "Sorrel is entitled to adjust its service fees whenever it sees fit.",
        "Modifications to the community rules can be made without any notice.",
        "The hosting provider may unilaterally revise the storage quotas.",
        "The worth of the coins in your wallet could be lowered if we restructure the shop.",
        "We may rename, tweak or update any part of the app at our sole discretion.",
    ],
    "content_removal": [
        "Questions and answers can be merged, edited or removed by our staff at any time.",
        "Anything you post can be deleted by us for any reason.",
        "We may censor messages that contain offensive words.",
        "Channels and videos may be removed without warning if they break our guidelines.",
        "We're free to remove your posts if we think they're inappropriate.",
        "Kestrel has the right to delete any content that violates these rules.",
        "Brackley may erase recordings from your library without telling you if we think they break our rules.",
        "We reserve the right to crop, shorten or reformat any pictures you upload.",
        "Profiles that have not been used for two years may be permanently deleted.",
        "Posts in the forum may be screened, hidden and deleted by the moderation team without explanation.",
        "Tallow may, without warning, rename usernames it considers offensive.",
        "We are not required to keep publishing your reviews and may unpublish them when we choose.",
        "Any playlist can be taken down by us if we believe it infringes someone's rights.",
    ],
    "jurisdiction": [
        "All lawsuits will be handled by the courts of Ontario.",
        "You agree that the courts of Munich will decide any dispute between us.",
        "Legal action against the company can only be taken in Zurich.",
        "The courts of Paris alone are competent for any dispute.",
        "Any legal proceedings must take place in Dublin, Ireland.",
        "Should you wish to take legal action against us, you must do so in the courts of Geneva.",
        "Every lawsuit against the company shall be filed only in Manchester.",
        "The venue for every dispute arising from these terms shall be Rotterdam.",
        "Jurisdiction for all claims will lie with the courts of Oslo, wherever the customer lives.",
        "Disputes shall be decided solely by the courts located in Suffolk County.",
        "You can only start proceedings against Farrow in the courts of Tallinn, Estonia.",
    ],
    "choice_of_law": [
        "These terms are to be read in accordance with the laws of Sweden.",
        "The interpretation and enforcement of these conditions shall be governed by the laws of Malta.",
        "Questions about the meaning of this contract will be answered in accordance with the law of Quebec.",
        "The formation and validity of the agreement are determined under the substantive laws of Singapore.",
    ],
    "unilateral_termination": [
        "The club may expel any member at its sole discretion.",
        "Your ticket may be cancelled without refund if we suspect it was resold.",
        "Access to your wallet may be frozen at any time if we suspect suspicious activity.",
        "The gym may revoke your membership if it considers your behaviour inappropriate.",
        "We may end your access to the platform whenever we see fit.",
        "We can shut down your account whenever we want.",
        "Your access may be cut off at any time without warning.",
        "Harrow reserves the right to cancel any order for any reason.",
        "The venue has the right to refuse service to anyone.",
        "Brennic can end your trial plan immediately whenever it decides to stop offering trials.",
        "The shop may cancel your booking even after confirming it if the price was wrong.",
        "The bank may terminate the customer relationship with immediate effect if it suspects money laundering.",
        "The rail operator may refuse carriage to any traveller it considers disruptive.",
        "The captain may remove any passenger from the vessel if safety requires it.",
        "Your membership may be suspended or revoked at any time for any reason.",
        "The service may be withdrawn from you in whole or in part if we stop supporting your device.",
    ],
    "contract_by_using": [
        "Each time you use the service, you confirm your acceptance of these terms.",
        "Signing in to the app signifies your agreement to these terms.",
        "Any person accessing the site shall be deemed to have accepted these terms.",
        "Users who continue to play after the update are treated as having accepted the new rules.",
        "Registering for an event constitutes agreement to these participation terms.",
        "Merely visiting this page is enough to accept our conditions.",
        "The mere download of the app binds you to this agreement.",
        "Once you start using the app, you are bound by these rules.",
        "Visitors to the website are bound by these terms.",
        "Opening the package constitutes acceptance of the licence.",
        "When you use our website, these terms apply to you and you agree to them.",
        "By entering the park, guests agree to follow these rules and conditions.",
        "Everyone who enters our venue accepts these house rules.",
        "Anybody who downloads the toolkit agrees to the licence terms below.",
        "Streaming or buying any film from the store shows that you accept the current terms of sale.",
        "Installation of the plug-in constitutes acceptance of this licence agreement.",
        "The simple act of browsing the catalogue shall be deemed acceptance of these conditions.",
        "If you keep using the service after we notify you, we will treat this as your agreement to the new terms.",
        "These terms become effective as soon as you first use the app.",
        "By continuing to browse the site, you indicate your acceptance of these terms.",
        "This page applies to everyone who visits the site, and by doing so you agree to it.",
        "By clicking any link in this email, you agree to our terms of service.",
    ],
}

NEGATIVE: dict[str, list[str]] = {
    "arbitration": [
        "Our help page compares how an arbitrator works with how a judge works.",
        "You are not required to arbitrate any claim against us.",
        "Arbitration takes place only if you expressly agree to it after the dispute has arisen.",
        "The tournament referee's decision is final for the ranking of the season.",
        "If you live in the EU, this arbitration clause does not apply to you.",
    ],
    "unilateral_change": [
        "Your employer may change the settings of your work account at any time.",
        "Customers can update their preferences whenever they wish.",
        "You can change your delivery address at any time in your account.",
        "We will not raise the price of your plan during the first year.",
        "Changes to this agreement can only be made with your prior written consent.",
        "Opening hours may be changed by the venue organiser at any time.",
    ],
    "content_removal": [
        "You can rename your playlists and delete songs from them whenever you like.",
        "Parents can delete their child's photos from the family album at any time.",
        "You can delete your account at any time; your posts will then be removed.",
        "You may delete any message you have sent within 24 hours.",
        "You can delete your own reviews at any time from your profile page.",
        "We will not remove your videos without first giving you a chance to respond.",
        "If you close your account, your uploads will be deleted after 30 days.",
        "Items may be removed from your shopping basket before you pay.",
        "Session cookies are deleted automatically when you close the browser.",
        "Uploaded photos remain yours and you keep all rights in them.",
    ],
    "jurisdiction": [
        "You may bring a claim in the courts of England or in the courts of your place of residence.",
        "Any dispute will be resolved by a competent court of the customer's place of residence.",
        "Claims must be brought within one year of the event.",
        "If you are a consumer, you may bring a claim in your local courts.",
        "Nothing in this clause prevents you from suing us in the courts of your home country.",
        "You can also bring your claim in a small claims court.",
        "Our registered office is in Leeds, England.",
        "If you live in Norway, any claim must be brought in the courts of Norway.",
    ],
    "choice_of_law": [
        "The amount of your refund will be determined under the laws of your country.",
        "The validity of your consumer contract is determined under the law of the country where you live.",
        "We process your personal data in accordance with the laws of the European Union.",
    ],
    "unilateral_termination": [
        "The club may expel a member only after a hearing before the disciplinary committee.",
        "If the event is called off, your ticket will be cancelled and you will receive a full refund.",
        "We may refuse boarding to passengers without a valid passport, as required by law.",
        "The customer may terminate the contract with immediate effect if we breach it.",
        "You can deactivate your account whenever you like.",
        "We reserve the right to refuse service to anyone, but we will give notice first.",
        "You can cancel your subscription at any time from the account page.",
        "We will not close your account without giving you at least 30 days' notice.",
        "You may ask us to suspend a stolen card at any time.",
        "You, the buyer, may cancel this order at any time before it ships.",
    ],
    "contract_by_using": [
        "Everyone who visits the museum must leave bags in the cloakroom.",
        "Your use of the service constitutes processing of personal data under the GDPR.",
        "By using the search bar, you can quickly find any article.",
        "Using the app abroad may result in roaming charges from your mobile operator.",
        "Please read these terms before using the app.",
        "Anyone who uses the forum must treat other members with respect.",
        "These terms only become binding once you tick the box during checkout.",
        "Browsing the shop does not by itself commit you to buy anything.",
        "By using a strong password, you can better protect your account.",
        "This agreement and the privacy policy constitute the entire agreement between you and us.",
    ],
}


@pytest.mark.parametrize(("category", "sentence"),
                         [(c, s) for c, sentences in POSITIVE.items() for s in sentences])
def test_positive(category: str, sentence: str) -> None:
    assert category in _risk_categories(sentence), f"{category} missed: {sentence}"


@pytest.mark.parametrize(("category", "sentence"),
                         [(c, s) for c, sentences in NEGATIVE.items() for s in sentences])
def test_negative(category: str, sentence: str) -> None:
    assert category not in _risk_categories(sentence), f"{category} wrongly flagged: {sentence}"
