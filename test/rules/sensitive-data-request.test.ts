import { describe, it } from 'vitest';
import rule from '../../rules/sensitive-data-request.js';
import { RuleTester } from '../../src/engine/rule-tester.js';
import { body, buttons, footer, header, modele, quickReply, template } from '../helpers/template.js';

const en = (text: string) => template({ components: [body(text)] });
const fr = (text: string) => modele({ components: [body(text)] });

const CARD = 'a full payment card number';
const CVV = 'a card security code (CVV)';
const BANK = 'a bank account number (IBAN, RIB)';
const PASSWORD = 'a password or login credentials';
const PIN = 'a PIN';
const NATIONAL_ID = 'a national identity number';
const ID_DOCUMENT = 'an identity document';

new RuleTester({ describe, it, languages: ['fr', 'en'] }).run(rule, {
  valid: [
    {
      name: 'a bank OTP template that says « ne communiquez jamais ce code »',
      code: modele({
        name: 'code_banque',
        category: 'AUTHENTICATION',
        components: [body('*{{1}}* est votre code de vérification. Ne communiquez jamais ce code, même à un conseiller.', ['482913'])],
      }),
    },
    fr('Pour votre sécurité, ne communiquez jamais votre code de vérification ni votre mot de passe à personne.'),
    fr('Nous ne vous demanderons jamais votre code PIN. Ne le donnez à personne.'),
    en('Never share this code with anyone. We will never ask for your PIN or password.'),
    en('Don’t share your verification code with anyone, not even our staff.'),
    en('Do not send your card number or CVV by message.'),
    { name: 'a partial identifier (English)', code: en('To find your order, reply with the last 4 digits of your card number.') },
    { name: 'a partial identifier (French)', code: fr('Indiquez les 4 derniers chiffres de votre numéro de carte pour retrouver votre commande.') },
    { name: 'a card number ending in…', code: en('Please confirm the card number ending in 4242 is still valid.') },
    { name: '« se terminant par »', code: fr('Confirmez-vous le RIB se terminant par 0147 ?') },
    { name: '`pin` inside other words', code: en('Free shipping: your parcel left our shopping centre today, spinning bikes included.') },
    { name: 'a delivery code given to the courier', code: fr('Communiquez ce code au livreur pour recevoir votre colis : {{1}}.') },
    { name: 'the business sends the PIN (French)', code: fr('Nous allons vous envoyer votre nouveau code PIN par courrier sous 5 jours.') },
    { name: 'the business sends the PIN (English)', code: en('We will send you your new PIN by post within 5 days.') },
    { name: 'send you', code: en('Our bank will send you your new card details by post.') },
    { name: 'a bank detail received, not requested', code: fr('Votre RIB a bien été enregistré. Le virement sera effectué sous 3 jours.') },
    { name: 'a customer account number is not a bank account', code: en('Reply with your account number so we can find your bill.') },
    { name: 'entering it on your site', code: fr('Renseignez votre IBAN dans votre espace client pour recevoir le remboursement.') },
    { name: 'entering it on a payment page', code: en('Enter your card details on our secure payment page to settle invoice {{1}}.') },
    { name: 'entering a PIN at a terminal', code: en('Enter your PIN at the terminal when the courier arrives.') },
    { name: 'a gift card number', code: en('Enter your gift card number at checkout.') },
    { name: 'a loyalty card number', code: fr('Indiquez votre numéro de carte de fidélité en caisse.') },
    { name: 'bring an ID (English)', code: en('Your appointment is confirmed; please bring a photo ID with you.') },
    { name: 'bring an ID (French)', code: fr('Votre rendez-vous est confirmé ; pensez à apporter votre carte Vitale et une pièce d’identité.') },
    { name: 'a one-time code is entered in the app (English)', code: en('Enter the verification code in the app to finish signing in.') },
    { name: 'a one-time code is entered in the app (French)', code: fr('Saisissez le code de vérification reçu par SMS pour terminer votre inscription.') },
    { name: 'a request and an item in different sentences', code: en('Send us a message if you need help. Your card number is never stored.') },
    { name: 'a verb whose item is negated in its own clause', code: en('Send us a message, but never share your PIN.') },
    { name: 'a UTILITY order update with a price', code: en('Your order {{1}} is confirmed: total €49.90, paid by card.') },
    { name: 'an order number', code: fr('Indiquez votre numéro de commande en réponse à ce message.') },
    { name: 'an item in another clause (English)', code: en('Let us know if your bank details change, and confirm that your card number is still valid.') },
    { name: 'an item in another clause (French)', code: fr('Indiquez-nous si votre RIB a changé depuis votre dernière commande.') },
    { name: 'something required that is not asked for', code: en('A password is required to open the attached PDF.') },
    { name: '« besoin de votre code PIN » to collect a parcel', code: fr('Vous avez besoin de votre code PIN pour retirer le colis au guichet.') },
    { name: 'a question about a PIN reset', code: en('Do you need your PIN reset? Call us on {{1}}.') },
    { name: 'wrong types do not crash the rule', code: template({ components: [{ type: 'BODY', text: 42 }, { type: 'FOOTER', text: null }, buttons(quickReply(7 as unknown as string))] }) },
  ],
  invalid: [
    {
      name: 'English: full card number',
      code: en('Please send us your full card number to process the refund.'),
      errors: [
        {
          messageId: 'sensitiveIdentifier',
          data: { text: 'send us your full card number', item: CARD },
          actual: 'send us your full card number',
          line: 8,
          column: 23,
          endColumn: 52,
        },
      ],
    },
    {
      name: 'French: full card number',
      code: fr('Merci de nous communiquer le numéro complet de votre carte bancaire.'),
      errors: [{ messageId: 'sensitiveIdentifier', data: { text: 'communiquer le numéro complet de votre carte', item: CARD } }],
    },
    {
      name: 'English: CVV and password',
      code: en('Reply with your CVV. Then type your password to confirm the payment.'),
      errors: [
        { messageId: 'sensitiveIdentifier', data: { text: 'Reply with your CVV', item: CVV } },
        { messageId: 'sensitiveIdentifier', data: { text: 'type your password', item: PASSWORD } },
      ],
    },
    {
      name: 'French: cryptogramme',
      code: fr('Pour valider le paiement, indiquez le cryptogramme au dos de votre carte.'),
      errors: [{ messageId: 'sensitiveIdentifier', data: { text: 'indiquez le cryptogramme', item: CVV } }],
    },
    {
      name: 'French: RIB, with a negation that is cancelled',
      code: fr('N’oubliez pas de nous transmettre votre RIB pour le remboursement.'),
      errors: [{ messageId: 'sensitiveIdentifier', data: { text: 'transmettre votre RIB', item: BANK } }],
    },
    {
      name: 'French: « Envoyez-nous votre IBAN » and « nous avons besoin de »',
      code: fr('Envoyez-nous votre IBAN. Nous avons besoin de vos coordonnées bancaires.'),
      errors: [
        { messageId: 'sensitiveIdentifier', data: { text: 'Envoyez-nous votre IBAN', item: BANK } },
        { messageId: 'sensitiveIdentifier', data: { text: 'avons besoin de vos coordonnées bancaires', item: BANK } },
      ],
    },
    {
      name: 'English: bank account number, needed after the item',
      code: en('Your bank account number is required to send the refund.'),
      errors: [{ messageId: 'sensitiveIdentifier', data: { text: 'bank account number is required', item: BANK } }],
    },
    {
      name: 'French: IBAN required, with « s’il vous plaît » in between',
      code: fr('Envoyez-nous, s’il vous plaît, votre RIB. Votre IBAN est obligatoire pour le remboursement.'),
      errors: [
        { messageId: 'sensitiveIdentifier', data: { text: 'Envoyez-nous, s’il vous plaît, votre RIB', item: BANK } },
        { messageId: 'sensitiveIdentifier', data: { text: 'IBAN est obligatoire', item: BANK } },
      ],
    },
    {
      name: 'French: code PIN and mot de passe in one sentence',
      code: fr('Saisissez votre code PIN et votre mot de passe ici.'),
      errors: [
        { messageId: 'sensitiveIdentifier', data: { text: 'Saisissez votre code PIN', item: PIN } },
        { messageId: 'sensitiveIdentifier', data: { text: 'Saisissez votre code PIN et votre mot de passe', item: PASSWORD } },
      ],
    },
    {
      name: 'English: PIN, do not forget',
      code: en('Don’t forget to text us your PIN so we can unlock your card.'),
      errors: [{ messageId: 'sensitiveIdentifier', data: { text: 'text us your PIN', item: PIN } }],
    },
    {
      name: 'English: ID card photo and passport number',
      code: en('Please send a photo of your ID card and your passport number.'),
      errors: [
        { messageId: 'sensitiveIdentifier', data: { text: 'send a photo of your ID card', item: ID_DOCUMENT } },
        { messageId: 'sensitiveIdentifier', data: { text: 'send a photo of your ID card and your passport number', item: NATIONAL_ID } },
      ],
    },
    {
      name: 'French: numéro de sécurité sociale and pièce d’identité',
      code: fr('Répondez avec votre numéro de sécurité sociale et joignez une photo de votre pièce d’identité.'),
      errors: [
        { messageId: 'sensitiveIdentifier', data: { text: 'Répondez avec votre numéro de sécurité sociale', item: NATIONAL_ID } },
        { messageId: 'sensitiveIdentifier', data: { text: 'joignez une photo de votre pièce d’identité', item: ID_DOCUMENT } },
      ],
    },
    {
      name: 'English: social security number in the header',
      code: template({ components: [header('Send your social security number'), body('We need it to open your file today.')] }),
      errors: [{ messageId: 'sensitiveIdentifier', data: { text: 'Send your social security number', item: NATIONAL_ID }, pointer: '/components/0/text' }],
    },
    {
      name: 'French: a quick reply that sends the RIB',
      code: modele({ components: [body('Votre remboursement est prêt.'), buttons(quickReply('Envoyer mon RIB'))] }),
      errors: [{ messageId: 'sensitiveIdentifier', data: { text: 'Envoyer mon RIB', item: BANK }, pointer: '/components/1/buttons/0/text' }],
    },
    {
      name: 'English: one-time code sent back',
      code: en('To confirm your identity, reply with the verification code we sent you.'),
      errors: [{ messageId: 'oneTimeCode', data: { text: 'reply with the verification code' }, actual: 'reply with the verification code' }],
    },
    {
      name: 'French: one-time code given to an adviser',
      code: fr('Communiquez le code reçu par SMS à notre conseiller pour valider le virement.'),
      errors: [{ messageId: 'oneTimeCode', data: { text: 'Communiquez le code reçu par SMS' } }],
    },
    {
      name: 'French: one-time code in the footer',
      code: modele({ components: [body('Votre colis est bloqué en douane.'), footer('Répondez avec le code de vérification')] }),
      errors: [{ messageId: 'oneTimeCode', data: { text: 'Répondez avec le code de vérification' }, pointer: '/components/1/text' }],
    },
  ],
});
