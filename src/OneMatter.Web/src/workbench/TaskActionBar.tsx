import { useState } from 'react';
import { App, Button, Space, Typography } from 'antd';
import type { TaskDetail } from '../api/types';
import { tasks } from '../api/endpoints';
import { ApiError, problemText } from '../api/problem';
import { useI18n } from '../i18n/useI18n';
import type { MessageKey } from '../i18n/zh';
import ActionModal, { type ActionInput } from './ActionModal';
import CompleteModal from './CompleteModal';
import AttachModal from './AttachModal';
import { taskNodeName } from './nodeName';

type Dialog = 'complete' | 'attach' | 'return' | 'transfer' | 'delegate' | 'resolve' | 'addSigner' | 'removeSigner' | 'comment' | 'skip';

/** The actions the engine allows the officer on this task now (the task detail's dry run), each
 * as a button; the simple ones act at once, the others ask for what they need. */
export default function TaskActionBar({ task, onDone }: { task: TaskDetail; onDone: () => void }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const a = task.actions;
  const i = task.instanceId, id = task.taskId;
  const done = () => { setDialog(null); message.success(t('task.done')); onDone(); };
  const now = async (action: () => Promise<unknown>) => {
    try {
      await action();
      done();
    } catch (e) {
      message.error(e instanceof ApiError ? problemText(e.problem) : String(e));
    }
  };

  const nodeName = (node: string) => taskNodeName(task, node, language);
  const signerName = (item: string) => {
    const w = task.items.find((x) => x.workItemId === item);
    return w ? `${w.unitName ?? w.unit ?? ''}${w.user ? ` / ${w.user}` : ''}` : item;
  };

  const forms: Record<Exclude<Dialog, 'complete' | 'attach'>, { title: MessageKey; inputs: ActionInput[]; run: (v: Record<string, string | undefined>) => Promise<unknown> }> = {
    return: {
      title: 'task.return',
      inputs: [
        { name: 'toNode', label: t('task.returnTo'), kind: 'select', options: a.returnTargets.map((n) => ({ value: n, label: nodeName(n) })) },
        { name: 'reason', label: t('task.reason'), kind: 'textarea', required: true },
      ],
      run: (v) => tasks.return(i, id, v.toNode || undefined, v.reason!.trim()),
    },
    transfer: {
      title: 'task.transfer',
      inputs: [{ name: 'toUnit', label: t('task.toUnit'), kind: 'unit', required: true }, { name: 'reason', label: t('task.reason'), kind: 'textarea' }],
      run: (v) => tasks.transfer(i, id, v.toUnit!, v.reason),
    },
    delegate: {
      title: 'task.delegate',
      inputs: [
        { name: 'toUnit', label: t('task.toUnit'), kind: 'unit', required: true },
        { name: 'toUser', label: t('task.toUser'), kind: 'text' },
        { name: 'note', label: t('task.note'), kind: 'textarea' },
      ],
      run: (v) => tasks.delegate(i, id, v.toUnit!, v.toUser, v.note),
    },
    resolve: { title: 'task.resolve', inputs: [{ name: 'comment', label: t('task.comment'), kind: 'textarea' }], run: (v) => tasks.resolve(i, id, v.comment) },
    addSigner: {
      title: 'task.addSigner',
      inputs: [{ name: 'unit', label: t('task.unit'), kind: 'unit', required: true }, { name: 'user', label: t('task.user'), kind: 'text' }],
      run: (v) => tasks.addSigner(i, id, v.unit!, v.user),
    },
    removeSigner: {
      title: 'task.removeSigner',
      inputs: [{ name: 'item', label: t('task.signers'), kind: 'select', required: true, options: a.removableSigners.map((w) => ({ value: w, label: signerName(w) })) }],
      run: (v) => tasks.removeSigner(i, id, v.item!),
    },
    comment: { title: 'task.addComment', inputs: [{ name: 'text', label: t('task.comment'), kind: 'textarea', required: true }], run: (v) => tasks.comment(i, id, v.text!.trim()) },
    skip: { title: 'task.skip', inputs: [{ name: 'reason', label: t('task.reason'), kind: 'textarea', required: true }], run: (v) => tasks.skip(i, id, v.reason!.trim()) },
  };

  const buttons: { key: string; show: boolean; label: MessageKey; primary?: boolean; danger?: boolean; onClick: () => void }[] = [
    { key: 'claim', show: a.claim, label: 'task.claim', primary: true, onClick: () => void now(() => tasks.claim(i, id)) },
    { key: 'complete', show: a.complete, label: 'task.complete', primary: true, onClick: () => setDialog('complete') },
    { key: 'release', show: a.release, label: 'task.release', onClick: () => void now(() => tasks.release(i, id)) },
    { key: 'return', show: a.return, label: 'task.return', danger: true, onClick: () => setDialog('return') },
    { key: 'transfer', show: a.transfer, label: 'task.transfer', onClick: () => setDialog('transfer') },
    { key: 'delegate', show: a.delegate, label: 'task.delegate', onClick: () => setDialog('delegate') },
    { key: 'resolve', show: a.resolve, label: 'task.resolve', primary: true, onClick: () => setDialog('resolve') },
    { key: 'addSigner', show: a.addSigner, label: 'task.addSigner', onClick: () => setDialog('addSigner') },
    { key: 'removeSigner', show: a.removableSigners.length > 0, label: 'task.removeSigner', onClick: () => setDialog('removeSigner') },
    { key: 'comment', show: a.comment, label: 'task.addComment', onClick: () => setDialog('comment') },
    // Attaching is allowed to whoever may comment (the engine checks both alike).
    { key: 'attach', show: a.comment, label: 'task.attach', onClick: () => setDialog('attach') },
    { key: 'skip', show: a.skip, label: 'task.skip', onClick: () => setDialog('skip') },
  ];
  const shown = buttons.filter((b) => b.show);
  const simple = dialog && dialog !== 'complete' && dialog !== 'attach' ? forms[dialog] : null;

  return (
    <>
      {shown.length === 0 ? <Typography.Text type="secondary">{task.open ? t('task.noActions') : t('task.closed')}</Typography.Text> : (
        <Space wrap>
          {shown.map((b) => <Button key={b.key} type={b.primary ? 'primary' : 'default'} danger={b.danger} onClick={b.onClick}>{t(b.label)}</Button>)}
        </Space>
      )}
      <CompleteModal task={task} open={dialog === 'complete'} onClose={() => setDialog(null)} onDone={done} />
      {dialog === 'attach' && <AttachModal instanceId={i} taskId={id} onClose={() => setDialog(null)} onDone={done} />}
      {simple && (
        <ActionModal
          open
          title={t(simple.title)}
          inputs={simple.inputs}
          onClose={() => setDialog(null)}
          onSubmit={async (v) => { await simple.run(v); done(); }}
        />
      )}
    </>
  );
}
